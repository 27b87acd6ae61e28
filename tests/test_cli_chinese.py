"""What the clerk reads on the terminal: help, usage errors and the closing summary, all in Chinese."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from flows.commands import closing_lines
from pipeline.errors import CODE_NAMES, MESSAGES
from tests.review_samples import make_input

ROOT = Path(__file__).parents[1]
ENGLISH = re.compile(r"\b(usage|error|options|positional arguments|required|arguments|invalid|expected|show this help)\b",
                     re.IGNORECASE)


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "flows.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


def _no_english_words(text: str) -> None:
    assert not ENGLISH.search(text), ENGLISH.search(text)


@pytest.mark.parametrize("args", [["--help"], ["run", "--help"], ["serve", "--help"], ["parse", "--help"]])
def test_help_is_in_chinese(args):
    done = cli(*args)
    assert done.returncode == 0
    assert done.stdout.startswith("用法：consortium-review")
    assert "选项" in done.stdout and "显示本帮助并退出" in done.stdout
    _no_english_words(done.stdout)


def test_run_help_names_the_contract_arguments_and_the_office_option():
    text = cli("run", "--help").stdout
    assert "输入文件夹" in text and "--out 输出文件夹" in text and "--office 审查单位" in text


@pytest.mark.parametrize(("args", "said"), [
    (["run", "in"], "缺少必需的参数：--out"),
    (["run", "--out", "out"], "缺少必需的参数：输入文件夹"),
    ([], "缺少必需的参数：命令"),
    (["run", "in", "--out", "out", "--colour"], "无法识别的参数：--colour"),
    (["frob"], "参数 命令 的取值 'frob' 无效（可选：'run', 'serve', 'parse'）"),
    (["run", "in", "--out"], "参数 --out 后面需要一个值"),
    (["run", "in", "--out", "out", "--dask-workers", "many"], "参数 --dask-workers 的取值 'many' 无效（应为整数）"),
])
def test_usage_errors_are_in_chinese_and_exit_2(args, said):
    done = cli(*args)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert lines[0].startswith("用法：consortium-review")
    assert any(line.endswith(f"错误：{said}") for line in lines), done.stderr
    assert lines[-1].startswith("（查看帮助：consortium-review")
    _no_english_words(done.stderr)


def test_every_error_code_has_a_chinese_name():
    assert set(CODE_NAMES) >= set(MESSAGES)
    assert all(re.search(r"[\u4e00-\u9fff]", name) for name in CODE_NAMES.values())


@pytest.mark.slow
def test_a_run_ends_with_counts_verdicts_unread_files_with_reasons_and_where_the_outputs_are(tmp_path):
    input_dir = make_input(tmp_path / "in")
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "flows.cli", "run", str(input_dir), "--out", str(out),
                           "--office", "杭州市余杭区科学技术局"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stderr
    tail = done.stderr.strip().splitlines()
    ending = tail[[i for i, line in enumerate(tail) if line.startswith("共收到")][-1]:]
    assert ending[0].startswith("共收到 ") and "方案 3 份已审查" in ending[0] and "未能读取 2 项" in ending[0]
    verdicts = re.fullmatch(r"审查结论：通过 (\d+) 份，不通过 (\d+) 份，需人工复核 (\d+) 份。", ending[1])
    assert verdicts and sum(map(int, verdicts.groups())) == 3
    assert any(line.startswith("  未能读取：损坏方案.docx——文件已损坏（corrupt）：文件已损坏或不完整") for line in ending)
    assert any(line.startswith("  未能读取：其他/说明.txt——文件格式不支持（unsupported_format）：") for line in ending)
    assert ending[-1].startswith(f"输出在 {out}：汇总表 {out / '汇总表.xlsx'}") and str(out / "index.html") in ending[-1]
    authors = {docx.Document(p).core_properties.author for p in (out / "submissions").glob("*/report.docx")}
    assert authors == {"杭州市余杭区科学技术局"}


def test_closing_lines_say_what_to_do_when_many_files_were_unread(tmp_path):
    unread = [{"file": f"坏{n}.docx", "code": "corrupt", "message": MESSAGES["corrupt"]} for n in range(25)]
    record = {"files": 25, "plans": 0, "attachments": 0, "failed": 25, "unsupported": 0, "unread": unread}
    lines = closing_lines(record, tmp_path)
    assert lines[0] == "共收到 25 个文件：方案 0 份已审查，附件 0 份，未能读取 25 项，未审查的系统或程序文件 0 个。"
    assert sum(line.startswith("  未能读取：") for line in lines) == 20
    assert "…另有 5 项，见汇总表的“未能读取”页。" in lines[-2]
