"""The Review model against the output contract: its JSON Schema offers every key, type and value that
result.schema.json asks for, and a reviewed plan's result.json validates against the contract."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from pydantic.json_schema import GenerateJsonSchema

from flows.plan_review import review_plan, write_plan_outputs
from pipeline.overrides import Override, Overrides
from pipeline.report.result_json import dump_result
from pipeline.review_model import Review
from pipeline.rulepack import load_rulepack
from tests.review_samples import PlanText, write_plan
from tests.shared_paths import SCHEMA

PACK = load_rulepack()
CONTRACT = json.loads(SCHEMA.read_text("utf-8"))


class _WrittenKeys(GenerateJsonSchema):
    """Marks as required what the dump always writes: every field but those left out while unset."""

    def field_is_required(self, field: Any, total: bool) -> bool:
        return field.get("serialization_exclude_if") is None


MODEL = Review.model_json_schema(mode="serialization", schema_generator=_WrittenKeys)


def _resolve(node: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = root["$defs"][node["$ref"].rsplit("/", 1)[1]]
    return node


def _variants(node: dict[str, Any], root: dict[str, Any]) -> list[dict[str, Any]]:
    node = _resolve(node, root)
    if "anyOf" in node:
        return [v for option in node["anyOf"] for v in _variants(option, root)]
    return [node]


def _json_type(value: Any) -> str:
    return {str: "string", bool: "boolean", int: "integer", float: "number", type(None): "null"}[type(value)]


def _types(node: dict[str, Any], root: dict[str, Any]) -> set[str]:
    found = set()
    for v in _variants(node, root):
        if "const" in v or "enum" in v:
            found |= {_json_type(x) for x in v.get("enum", [v.get("const")])}
        elif "type" in v:
            found |= set(v["type"]) if isinstance(v["type"], list) else {v["type"]}
        else:
            found.add("object" if "properties" in v else "any")
    return found


def _values(node: dict[str, Any], root: dict[str, Any]) -> set[Any] | None:
    """The values an enum or const allows (null aside); None when any value of the type is allowed."""
    values: set[Any] = set()
    for v in _variants(node, root):
        if "const" not in v and "enum" not in v and v.get("type") != "null":
            return None
        values |= set(v.get("enum", [v.get("const")] if "const" in v else []))
    return values


def _compatible(model: set[str], contract: set[str]) -> bool:
    """Every JSON type the model may write is one the contract accepts (an integer is a number)."""
    return all(t in contract or (t == "integer" and "number" in contract) for t in model)


def _object(node: dict[str, Any], root: dict[str, Any]) -> dict[str, Any] | None:
    return next((v for v in _variants(node, root) if "properties" in v or "additionalProperties" in v), None)


def _items(node: dict[str, Any], root: dict[str, Any]) -> dict[str, Any] | None:
    return next((v["items"] for v in _variants(node, root) if "items" in v), None)


def _mismatches(contract: dict[str, Any], model: dict[str, Any], path: str, root: dict[str, Any]) -> list[str]:
    """Where the model's schema (under ``root``) fails the contract's: a key missing or not always written, a
    type or value it lacks."""
    contract = _resolve(contract, CONTRACT)
    found = []
    if not _compatible(_types(model, root), _types(contract, CONTRACT)):
        found.append(f"{path}: writes {_types(model, root)}, contract takes {_types(contract, CONTRACT)}")
    wanted, offered = _values(contract, CONTRACT), _values(model, root)
    if wanted is not None and wanted != offered:
        found.append(f"{path}: values {offered}, contract lists {wanted}")
    if "properties" in contract:
        shape = _object(model, root) or {}
        if "properties" in shape:
            for key in contract.get("required", []):
                if key not in shape.get("required", []):
                    found.append(f"{path}.{key}: required by the contract, not always written")
            for key, sub in contract["properties"].items():
                if key not in shape["properties"]:
                    found.append(f"{path}.{key}: missing")
                else:
                    found += _mismatches(sub, shape["properties"][key], f"{path}.{key}", root)
        else:  # a dict: its keys come from data (the rule pack's columns), each value must fit
            values = shape.get("additionalProperties", {})
            found += [m for key, sub in contract["properties"].items()
                      for m in _mismatches(sub, values, f"{path}[{key}]", root)]
    if "items" in contract:
        found += _mismatches(contract["items"], _items(model, root) or {}, f"{path}[]", root)
    if isinstance(contract.get("additionalProperties"), dict):
        shape = _object(model, root) or {}
        found += _mismatches(contract["additionalProperties"], shape.get("additionalProperties", {}), f"{path}{{}}",
                             root)
    return found


def test_the_models_schema_offers_every_key_type_and_value_of_the_contract():
    assert _mismatches(CONTRACT, MODEL, "result", MODEL) == []


def test_the_comparison_notices_a_status_missing_and_a_key_left_out():
    narrowed = json.loads(json.dumps(MODEL))
    narrowed["$defs"]["CheckResult"]["properties"]["status"]["enum"].remove("n/a")
    narrowed["$defs"]["Source"]["required"].remove("sha256")
    found = _mismatches(CONTRACT, narrowed, "result", narrowed)
    assert [m.split(":")[0] for m in found] == ["result.source.sha256", "result.checks[].status"]


def test_the_summary_row_keys_are_the_contracts_columns():
    assert PACK.summary_table.columns[1:] == CONTRACT["properties"]["summary_row"]["required"]


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A python-docx plan reviewed with a reviewer's decision, a stale one and one for no check; and an
    upload cut short."""
    root = tmp_path_factory.mktemp("review_model")
    plan = write_plan(root / "in" / "余杭区" / "智算联合体实施方案.docx", PlanText(
        name="浙江省智能计算创新联合体", lead="杭州余杭智算科技有限公司", district_line="推荐单位：余杭区科技局"))
    broken = root / "in" / "余杭区" / "上传中断的实施方案.docx"
    broken.write_bytes(b"PK\x03\x04 upload cut short")
    machine = review_plan(plan, root / "in", PACK)
    decisions = Overrides({machine.source.file: {
        "org.council": Override("fail", "张三", "理事会名单缺失", machine.source.sha256),
        "members.min_count": Override("pass", "李四", "", "0" * 64),
        "no.such_check": Override("pass", "王五", "", machine.source.sha256),
    }})
    write_plan_outputs(machine, root / "plan", decisions, PACK)
    write_plan_outputs(review_plan(broken, root / "in", PACK), root / "broken", pack=PACK)
    return {"plan": root / "plan" / "result.json", "broken": root / "broken" / "result.json"}


@pytest.mark.parametrize("which", ["plan", "broken"])
def test_a_written_result_validates_against_the_contract(written, which):
    result = json.loads(written[which].read_text("utf-8"))
    jsonschema.Draft202012Validator(CONTRACT).validate(result)
    assert result["status"] == ("ok" if which == "plan" else "failed")


def test_overrides_are_written_into_the_result(written):
    result = json.loads(written["plan"].read_text("utf-8"))
    checks = {c["id"]: c for c in result["checks"]}
    assert checks["org.council"]["override"]["reviewer"] == "张三" and checks["org.council"]["status"] == "fail"
    assert checks["members.min_count"]["override_stale"]["reviewer"] == "李四"
    assert any("no.such_check" in note for note in result["override_notes"])


@pytest.mark.parametrize("which", ["plan", "broken"])
def test_a_result_read_back_into_the_model_writes_the_same_bytes(written, which):
    text = written[which].read_text("utf-8")
    assert dump_result(Review.model_validate_json(text)) == text
