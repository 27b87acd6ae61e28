"""The registry, its data (checks/catalogue.yaml) and the contract's catalogue (checks.md) agree, both ways."""

import ast
import re

import pytest

from checks import run_plan_checks
from checks.catalogue import CATALOGUE_FILE, CatalogueError, load_catalogue
from checks.registry import FUNCTIONS, REGISTRY, assemble, batch_checks, plan_checks, register
from pipeline.rulepack import load_rulepack
from pipeline.submission import Submission
from tests.shared_paths import CHECKS_MD

CATALOGUE = CHECKS_MD
ROW = re.compile(r"^\| `([a-z_]+\.[a-z_]+)` \| (.+?) \|(?: (.+?) \|)? (error|warning|info) \|$", re.M)


def catalogue() -> list[tuple[str, str, str | None, str]]:
    return [(m[1], m[2], m[3], m[4]) for m in ROW.finditer(CATALOGUE.read_text("utf-8"))]


def test_catalogue_is_parsed():
    assert len(catalogue()) == len(re.findall(r"^\| `[a-z_]+\.[a-z_]+` \|", CATALOGUE.read_text("utf-8"), re.M))


def test_every_catalogue_id_is_registered_with_its_title_clause_and_severity():
    for check_id, title, clause, severity in catalogue():
        check = REGISTRY.get(check_id)
        assert check is not None, f"{check_id} is in checks.md but not registered"
        assert (check.title, check.severity) == (title, severity), check_id
        if clause is not None:
            assert check.clause == clause, check_id


def test_every_registered_check_is_in_the_catalogue_in_its_order():
    ids = [row[0] for row in catalogue()]
    assert [c.id for c in plan_checks()] + [c.id for c in batch_checks()] == ids


@pytest.mark.parametrize("check", list(REGISTRY.values()), ids=lambda c: c.id)
def test_every_check_says_what_and_why(check):
    assert len(check.doc) >= 20, f"{check.id} has no docstring"


def test_empty_plan_passes_nothing():
    results = run_plan_checks(Submission(), load_rulepack())
    assert [r.id for r in results] == [c.id for c in plan_checks()]
    assert not [r.id for r in results if r.status == "pass"]


def test_results_honour_the_evidence_rule():
    for r in run_plan_checks(Submission(), load_rulepack()):
        assert r.status != "warn" or r.evidence, r.id
        assert r.message


def test_a_check_that_raises_is_manual_not_a_crash():
    broken = Submission()
    broken.sections = None  # type: ignore[assignment]  # what a half-built record can look like
    results = {r.id: r for r in run_plan_checks(broken, load_rulepack())}
    assert results["outline.background"].status == "manual"
    assert "出错" in results["outline.background"].message


def _catalogue_with(tmp_path, extra: str):
    path = tmp_path / "catalogue.yaml"
    path.write_text(CATALOGUE_FILE.read_text("utf-8").replace("\nchecks:\n", f"\nchecks:\n{extra}"), "utf-8")
    return load_catalogue(path)


def test_a_catalogue_entry_without_a_function_stops_loading(tmp_path):
    catalogue = _catalogue_with(tmp_path, '  - id: funding.loans\n    title: "贷款另列"\n    severity: info\n')
    with pytest.raises(CatalogueError, match=r"funding\.loans 没有注册函数"):
        assemble(catalogue, FUNCTIONS)


def test_a_function_without_a_catalogue_entry_stops_loading():
    with pytest.raises(CatalogueError, match=r"funding\.loans 在检查目录中没有条目"):
        assemble(load_catalogue(), {**FUNCTIONS, "funding.loans": FUNCTIONS["funding.total"]})
    with pytest.raises(CatalogueError, match=r"funding\.loans"):
        register("funding.loans")


def test_a_malformed_entry_is_named_at_load(tmp_path):
    with pytest.raises(CatalogueError, match=r"checks\.\d+\.severity"):
        _catalogue_with(tmp_path, '  - id: funding.loans\n    title: "贷款另列"\n    severity: fatal\n')
    with pytest.raises(CatalogueError, match=r"检查编号重复：funding\.total"):
        _catalogue_with(tmp_path, '  - id: funding.total\n    title: "经费投入有明确总额"\n    severity: error\n')


def _template_uses(tree: ast.Module) -> list[tuple[str, str]]:
    """(catalogue name, key) for every ``say("key")`` whose ``say = messages("name")`` is in scope, and every
    ``messages("name")("key")``."""

    def named(node: ast.AST) -> str | None:
        is_lookup = isinstance(node, ast.Call) and getattr(node.func, "id", None) == "messages"
        return node.args[0].value if is_lookup and isinstance(node.args[0], ast.Constant) else None

    def bindings(body: list[ast.stmt]) -> dict[str, str]:
        return {s.targets[0].id: name for s in body if isinstance(s, ast.Assign)
                and isinstance(s.targets[0], ast.Name) and (name := named(s.value))}

    module = bindings(tree.body)
    uses = []
    for function in [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]:
        scope = {**module, **bindings(function.body)}
        for call in [n for n in ast.walk(function) if isinstance(n, ast.Call) and n.args]:
            key = call.args[0]
            name = scope.get(getattr(call.func, "id", "")) or named(call.func)
            if name and isinstance(key, ast.Constant):
                uses.append((name, key.value))
    return uses


def test_every_message_a_check_says_is_in_the_catalogue():
    catalogue = load_catalogue()
    uses = [use for path in CATALOGUE_FILE.parent.glob("*.py") for use in _template_uses(ast.parse(path.read_text("utf-8")))]
    assert len(uses) > 50
    assert [(name, key) for name, key in uses if key not in catalogue.messages(name).templates] == []
