"""Read the annotated fixture files described in fixtures/README.md."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
LIST_SEPARATOR = " | "


@dataclass
class Case:
    path: Path
    family: str
    text: str
    kept: list[str] = field(default_factory=list)
    cut_by_family: list[str] = field(default_factory=list)
    cut_by_any: list[str] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)

    @property
    def negative(self) -> bool:
        return self.path.name.startswith("neg_")

    @property
    def id(self) -> str:
        return f"{self.family}/{self.path.stem}"


def read_case(path: Path) -> Case:
    case = Case(path=path, family=path.parent.name, text="")
    lines: list[str] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("# "):
            continue
        if raw.startswith("= "):
            key, _, value = raw[2:].partition(":")
            case.facts[key.strip()] = value.strip()
            continue
        if not raw.strip():
            lines.append("")
            continue
        mark, content = raw[:2], raw[2:]
        if mark == "  ":
            case.kept.append(content)
        elif mark == "- ":
            case.cut_by_family.append(content)
        elif mark == "~ ":
            case.cut_by_any.append(content)
        else:
            raise ValueError(f"{path}: line without a known prefix: {raw!r}")
        lines.append(content)
    case.text = "\n".join(lines) + "\n"
    return case


def all_cases() -> list[Case]:
    return [read_case(p) for p in sorted(FIXTURES.glob("*/*.txt"))]
