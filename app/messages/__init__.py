"""The message catalogue: stable machine key → text in zh-CN, zh-HK and en.

One module per area (`auth.py`, `health_code.py`, …), each with a `MESSAGES` dict of
`{"area.key": {"zh-CN": …, "zh-HK": …, "en": …}}`. Every module in this package is read;
a key defined twice, or an entry without exactly the three languages, stops the app at import.
"""

import importlib
import pkgutil

LANGUAGES = ("zh-CN", "zh-HK", "en")


def _load() -> dict[str, dict[str, str]]:
    catalogue: dict[str, dict[str, str]] = {}
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name):
        entries = importlib.import_module(f"{__name__}.{module.name}").MESSAGES
        for key, texts in entries.items():
            if key in catalogue:
                raise ValueError(f"message {key!r} is defined twice (again in {module.name})")
            if tuple(texts) != LANGUAGES or not all(texts.values()):
                raise ValueError(f"message {key!r} needs exactly {LANGUAGES}, in that order")
            catalogue[key] = texts
    return catalogue


MESSAGES = _load()
