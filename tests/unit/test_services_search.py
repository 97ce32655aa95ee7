"""Search for Chinese: the service a resident means comes first, and hostile text stays inert."""

import pytest

from services.catalogue import all_items
from services.search import CANDIDATE_LIMIT, rank
from services.search_terms import (
    MAX_QUERY_CHARS,
    MAX_QUERY_TERMS,
    item_terms,
    normalise,
    query_terms,
    search_profile,
)


def indexed(items: list[dict]) -> list[dict]:
    """Return items as the repository stores them: with their terms and search profile."""
    return [
        {**item, "search_terms": item_terms(item), "search": search_profile(item)} for item in items
    ]


INDEX = indexed(all_items())


def search(query: str, limit: int = 10) -> list[dict]:
    """Do what the repository and engine do together: one `$in` over terms, then rank."""
    terms = set(query_terms(query))
    candidates = [item for item in INDEX if terms & set(item["search_terms"])]
    return rank(query, candidates[:CANDIDATE_LIMIT], limit)


def first(query: str) -> str:
    results = search(query)
    assert results, f"nothing found for {query!r}"
    return results[0]["item"]["name"]["zh-CN"]


@pytest.mark.parametrize(
    ("query", "meant"),
    [
        ("jsz", "机动车驾驶证有效期满换证"),
        ("gjj", "住房公积金提取（租赁住房）"),
        ("社保卡", "社会保障卡申领"),
        ("出生", "出生登记"),
        ("护照", "普通护照首次申领"),
        ("落户", "人才引进入户"),
        ("换驾照", "机动车驾驶证有效期满换证"),
        ("公积金提取", "住房公积金提取（租赁住房）"),
        ("提取公积金", "住房公积金提取（租赁住房）"),
        ("身份证", "居民身份证有效期满换领"),
        ("结婚", "内地居民结婚登记"),
        ("退休", "职工正常退休申请"),
        ("港澳签注", "往来港澳通行证再次签注"),
        ("年检", "机动车检验标志电子凭证核发"),
        ("低保", "最低生活保障申请"),
        ("异地就医", "异地就医备案"),
        ("生孩子", "生育登记"),
        ("huzhao", "普通护照首次申领"),
        ("hu zhao", "普通护照首次申领"),
        ("jiashizheng", "机动车驾驶证有效期满换证"),
        ("ydjy", "异地就医备案"),
        ("ＪＳＺ", "机动车驾驶证有效期满换证"),
        ("異地就醫", "异地就医备案"),
        ("unemployment benefit", "失业保险金申领"),
        ("我要换驾照", "机动车驾驶证有效期满换证"),
    ],
)
def test_the_service_a_resident_means_comes_first(query, meant):
    assert first(query) == meant


def test_an_exact_name_beats_a_name_that_contains_it():
    results = search("失业登记")
    assert results[0]["item"]["name"]["zh-CN"] == "失业登记"
    assert results[0]["match"] == "name"
    assert results[0]["score"] > results[1]["score"]


def test_a_name_match_beats_a_keyword_match():
    scores = {r["item"]["name"]["zh-CN"]: r for r in search("养老金")}
    assert scores["养老金领取资格认证"]["match"] == "name"
    assert scores["职工正常退休申请"]["match"] == "keyword"
    assert scores["养老金领取资格认证"]["score"] > scores["职工正常退休申请"]["score"]


def test_a_department_name_finds_its_services_last():
    results = search("出入境", limit=50)
    assert results[0]["match"] == "name"
    assert {r["item"]["department"] for r in results if r["match"] == "context"} == {"exit_entry"}


def test_initials_and_pinyin_are_indexed():
    renewal = next(i for i in INDEX if i["name"]["zh-CN"] == "机动车驾驶证有效期满换证")
    fund = next(i for i in INDEX if i["name"]["zh-CN"] == "住房公积金提取（租赁住房）")
    assert {"jsz", "jiashizheng", "驾驶", "驾"} <= set(renewal["search_terms"])
    assert {"gjj", "gongjijin", "gong", "公积"} <= set(fund["search_terms"])


def test_query_terms_are_bigrams_and_words():
    assert query_terms("公积金提取") == ["公积", "积金", "金提", "提取"]
    assert query_terms("社") == ["社"]
    assert query_terms("jia shi zheng") == ["jia", "shi", "zheng", "jiashizheng"]


@pytest.mark.parametrize(
    "hostile",
    [
        ".*",
        "^(a+)+$",
        '{"$ne": null}',
        "$where: sleep(1000)",
        "\\u0000\x00\x1b[31m",
        "'; db.dropDatabase(); //",
        "a" * 10_000,
        "驾" * 10_000,
    ],
)
def test_hostile_text_becomes_plain_capped_terms(hostile):
    terms = query_terms(hostile)
    assert len(terms) <= MAX_QUERY_TERMS
    assert len(normalise(hostile)) <= MAX_QUERY_CHARS
    for term in terms:
        assert term.replace(" ", "").isalnum()
        assert not set(term) & set("$.^*+?()[]{}\\|'\";/\x00\x1b")
    search(hostile)  # ranking copes with it too


def test_text_without_letters_finds_nothing():
    assert query_terms("!!! ??? ...") == []
    assert search("  \t\n ") == []
