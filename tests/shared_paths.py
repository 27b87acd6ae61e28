"""Where the project's shared contract lives: ``../shared`` beside the repository."""

from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
CONTRACT = SHARED / "contract"
CHECKS_MD = CONTRACT / "checks.md"
VALIDATE = CONTRACT / "validate.py"
SCHEMA = CONTRACT / "result.schema.json"
