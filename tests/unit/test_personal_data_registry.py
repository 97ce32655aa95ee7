"""The personal-data registry: sources join once, in three languages, and run in order."""

from datetime import UTC, datetime

import pytest

from accounts.personal_data import PersonalData, Subject, plain

WORDS = {"zh-CN": "记录", "zh-HK": "記錄", "en": "records"}
SUBJECT = Subject("account-1", None, "13800000001")


class Source:
    def __init__(self, name, data=None, erases=WORDS, keeps=None, log=None):
        self.name, self.data, self.erases, self.keeps, self.log = name, data, erases, keeps, log

    def export(self, subject):
        return self.data

    def erase(self, subject):
        self.log.append(self.name)
        return 1


def test_sources_erase_in_the_order_they_were_registered():
    log, registry = [], PersonalData()
    for name in ("consents", "health_code", "family"):
        registry.add(Source(name, log=log))

    assert registry.erase(SUBJECT) == {"consents": 1, "health_code": 1, "family": 1}
    assert log == ["consents", "health_code", "family"]


def test_a_name_is_registered_once():
    registry = PersonalData()
    registry.add(Source("appeals"))

    with pytest.raises(ValueError, match="appeals"):
        registry.add(Source("appeals"))


@pytest.mark.parametrize("texts", [{"zh-CN": "记录", "en": "records"}, {**WORDS, "en": ""}])
def test_what_a_source_tells_the_resident_is_in_three_languages(texts):
    with pytest.raises(ValueError, match="texts"):
        PersonalData().add(Source("cases", keeps=texts))


def test_the_export_leaves_out_sources_with_nothing_and_speaks_json():
    registry = PersonalData()
    at = datetime(2026, 12, 2, 5, 0, tzinfo=UTC)
    registry.add(Source("notifications", data=[{"_id": Marker(), "at": at}]))
    registry.add(Source("sms_outbox", data=None))

    exported = registry.export(SUBJECT)

    assert exported == {"notifications": [{"id": "marker", "at": "2026-12-02T05:00:00+00:00"}]}


def test_the_plan_lists_what_goes_and_what_stays_by_source():
    registry = PersonalData()
    registry.add(Source("appeals", keeps=WORDS))
    registry.add(Source("sms_codes", erases=None, keeps=WORDS))

    plan = registry.plan()

    assert [entry["source"] for entry in plan["erased"]] == ["appeals"]
    assert [entry["source"] for entry in plan["kept"]] == ["appeals", "sms_codes"]


def test_plain_keeps_json_values_as_they_are():
    assert plain({"a": [1, 2.5, True, None, "x"]}) == {"a": [1, 2.5, True, None, "x"]}


class Marker:
    def __str__(self):
        return "marker"
