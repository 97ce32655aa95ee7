"""The privacy notice (隐私政策): its versions, kept as text files in the project.

`accounts/notices/privacy-<version>.toml` holds one published version: title, a short
summary, the purposes (each required or optional) and the full text's sections, in zh-CN,
zh-HK and en. A published file is never edited; a change is a new file with a higher version,
which becomes the one in force, and residents who agreed to an earlier one are asked again.
"""

import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

NOTICES = Path(__file__).parent / "notices"
LANGUAGES = ("zh-CN", "zh-HK", "en")


@dataclass(frozen=True)
class Purpose:
    id: str
    optional: bool
    title: dict
    text: dict


@dataclass(frozen=True)
class Notice:
    """One published version of the notice; every text is a {language: text} dict."""

    version: str
    effective: date
    title: dict
    summary: dict
    purposes: tuple[Purpose, ...]
    sections: tuple[dict, ...]  # {"heading": {lang: text}, "paragraphs": {lang: [text]}}

    def purpose(self, purpose_id: str) -> Purpose | None:
        return next((p for p in self.purposes if p.id == purpose_id), None)


def version_key(version: str) -> tuple[int, ...]:
    """Order versions numerically ("1.10" after "1.9")."""
    return tuple(int(part) for part in version.split("."))


def load_notice(path: Path) -> Notice:
    """Read one version; refuse a file that lacks a language anywhere."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    notice = Notice(
        version=data["version"],
        effective=data["effective"],
        title=_texts(data["title"], path),
        summary=_texts(data["summary"], path),
        purposes=tuple(
            Purpose(p["id"], p["optional"], _texts(p["title"], path), _texts(p["text"], path))
            for p in data["purposes"]
        ),
        sections=tuple(
            {
                "heading": _texts(s["heading"], path),
                "paragraphs": _texts({lang: s[lang] for lang in LANGUAGES if lang in s}, path),
            }
            for s in data["sections"]
        ),
    )
    if path.stem != f"privacy-{notice.version}":
        raise ValueError(f"{path.name} declares version {notice.version}")
    return notice


def current_notice(folder: Path = NOTICES) -> Notice:
    """Return the notice in force: the highest version in the folder."""
    paths = sorted(folder.glob("privacy-*.toml"), key=lambda p: version_key(p.stem[8:]))
    if not paths:
        raise FileNotFoundError(f"no privacy notice in {folder}")
    return load_notice(paths[-1])


def _texts(texts: dict, path: Path) -> dict:
    if tuple(texts) != LANGUAGES or not all(texts.values()):
        raise ValueError(f"{path.name}: every text needs {LANGUAGES}, in that order: {texts}")
    return dict(texts)
