"""The check catalogue as data (``catalogue.yaml``): what a clerk reads about each check, kept out of code.

Ids, titles, clauses, severities and the fixed sentences of messages are
wording a reviewing office may want to adjust; the functions only decide. A
malformed entry, a duplicate id or a template with broken braces fails at
load with the entry named, before any plan is reviewed.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from string import Formatter
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from pipeline.check_result import Severity
from pipeline.wording import say
from pipeline.yaml_source import YamlProblem, read_yaml

CATALOGUE_FILE = Path(__file__).parent / "catalogue.yaml"

Scope = Literal["plan", "batch"]


class CatalogueError(Exception):
    """The catalogue and the registered functions do not describe the same checks."""


def _well_formed(templates: dict[str, str]) -> dict[str, str]:
    """Templates whose braces parse, so a typo shows at load rather than in the middle of a review."""
    for key, template in templates.items():
        try:
            list(Formatter().parse(template))
        except ValueError as exc:
            raise ValueError(say("loading.catalogue.braces", key=key, problem=exc)) from exc
    return templates


class Messages(BaseModel):
    """Named message templates; calling one fills in its ``{placeholders}``."""

    model_config = ConfigDict(frozen=True)

    templates: dict[str, str] = {}

    def __call__(self, key: str, **values: object) -> str:
        return self.templates[key].format(**values)


class Entry(BaseModel):
    """One check as the catalogue lists it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z_]+\.[a-z_]+$")
    title: str
    clause: str | None = None
    severity: Severity
    scope: Scope = "plan"
    messages: dict[str, str] = {}

    @field_validator("messages")
    @classmethod
    def _templates(cls, value: dict[str, str]) -> dict[str, str]:
        return _well_formed(value)


class Catalogue(BaseModel):
    """Every check in report order, and sentences shared by the checks of one family (``shared: {batch: …}``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    checks: list[Entry]
    shared: dict[str, dict[str, str]] = {}

    @model_validator(mode="after")
    def _distinct(self) -> Catalogue:
        ids = [e.id for e in self.checks]
        if repeated := sorted({i for i in ids if ids.count(i) > 1}):
            raise ValueError(say("loading.catalogue.repeated", ids=", ".join(repeated)))
        for templates in self.shared.values():
            _well_formed(templates)
        return self

    def entry(self, check_id: str) -> Entry:
        found = next((e for e in self.checks if e.id == check_id), None)
        if found is None:
            raise CatalogueError(say("loading.catalogue.no_entry", check=check_id))
        return found

    def messages(self, name: str) -> Messages:
        """A check's templates by its id, or a family's shared ones by the family's name."""
        if name in self.shared:
            return Messages(templates=self.shared[name])
        return Messages(templates=self.entry(name).messages)


@lru_cache(maxsize=4)
def load_catalogue(path: Path = CATALOGUE_FILE) -> Catalogue:
    """Read and validate the catalogue; any problem is one line naming the file and where."""
    try:
        data, _ = read_yaml(path)
        return Catalogue.model_validate(data)
    except YamlProblem as exc:
        raise CatalogueError(say("loading.catalogue.unreadable", path=path, problem=exc)) from None
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise CatalogueError(say("loading.catalogue.invalid", path=path, problems=problems)) from None
