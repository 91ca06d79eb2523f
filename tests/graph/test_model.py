"""Records to graph facts: stable ids, posts within organs and places, scoped documents."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph.model import Model, key_of, kind_of, namesake_id, person_key, search_key, slug
from graph.schema import FACT_EDGES
from loaders import gazetteer
from loaders.pipeline import extract_record
from loaders.record import DocumentRecord, Span
from loaders.sources import Article

MODEL = Model(gazetteer.default())


def _facts(text: str, source: str = "a.txt"):
    return MODEL.facts(extract_record(Article(source, text), gazetteer.default()), "h")


LEAD = (
    "SƠN LA - Ngày 7/12/2022, đồng chí Nguyễn Văn An, Ủy viên Ban Chấp hành Trung ương Đảng, "
    "Bí thư Tỉnh ủy Sơn La chủ trì Hội nghị Ban Thường vụ Tỉnh ủy thông qua Nghị quyết số "
    "12-NQ/TU. Dự hội nghị có đồng chí Lê Thị Bình, Phó Chủ tịch UBND tỉnh."
)


def test_model_ids_are_derived_from_facts_not_order() -> None:
    first, again = _facts(LEAD), _facts(LEAD)
    assert sorted(first.nodes) == sorted(again.nodes)
    assert set(first.facts) == set(again.facts)


@pytest.mark.parametrize(
    ("title", "post", "organ"),
    [
        ("Bí thư Tỉnh ủy", "post:bí-thư-tỉnh-ủy@sơn-la", "organ:tỉnh-ủy@sơn-la"),
        (
            "Phó Bí thư Thường trực Tỉnh ủy",
            "post:phó-bí-thư-thường-trực-tỉnh-ủy@sơn-la",
            "organ:tỉnh-ủy@sơn-la",
        ),
        (
            "Ủy viên Ban Thường vụ Tỉnh ủy",
            "post:ủy-viên-ban-thường-vụ-tỉnh-ủy@sơn-la",
            "organ:ban-thường-vụ-tỉnh-ủy@sơn-la",
        ),
        (
            "Ủy viên Ban Chấp hành Trung ương Đảng",
            "post:ủy-viên-ban-chấp-hành-trung-ương-đảng",
            "organ:ban-chấp-hành-trung-ương-đảng",
        ),
        (
            "Bí thư Huyện ủy Mai Sơn",
            "post:bí-thư-huyện-ủy-mai-sơn@sơn-la",
            "organ:huyện-ủy-mai-sơn@sơn-la",
        ),
        ("Bộ trưởng Bộ Công an", "post:bộ-trưởng-bộ-công-an", "organ:bộ-công-an"),
        # A military region spans provinces; a National Assembly committee is national.
        ("Tư lệnh Quân khu 2", "post:tư-lệnh-quân-khu-2", "organ:quân-khu-2"),
        (
            "Chủ nhiệm Ủy ban Kinh tế của Quốc hội",
            "post:chủ-nhiệm-ủy-ban-kinh-tế-của-quốc-hội",
            "organ:ủy-ban-kinh-tế-của-quốc-hội",
        ),
        (
            "Trưởng Đoàn đại biểu Quốc hội tỉnh",
            "post:trưởng-đoàn-đại-biểu-quốc-hội-tỉnh@sơn-la",
            "organ:đoàn-đại-biểu-quốc-hội-tỉnh@sơn-la",
        ),
        (
            "Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
            "post:chỉ-huy-trưởng-bộ-chỉ-huy-bộ-đội-biên-phòng-tỉnh@sơn-la",
            "organ:bộ-chỉ-huy-bộ-đội-biên-phòng-tỉnh@sơn-la",
        ),
    ],
)
def test_model_post_is_a_title_within_an_organ_and_place(title: str, post: str, organ: str) -> None:
    facts = _facts(LEAD)
    assert MODEL.post(facts, title, "Sơn La") == post
    assert ("IN_ORGAN", post, organ) in facts.structure


def test_model_organs_reach_their_province_through_parents() -> None:
    facts = _facts(LEAD)
    organ = MODEL.organ(facts, "Ban Thường vụ Tỉnh ủy", "Sơn La")
    chain, at = [], organ
    while True:
        nxt = [t for k, s, t in facts.structure if s == at and k in ("PART_OF", "IN_PROVINCE")]
        if not nxt:
            break
        at = nxt[0]
        chain.append(at)
    assert chain == ["organ:tỉnh-ủy@sơn-la", "organ:đảng-bộ-tỉnh@sơn-la", "province:sơn-la"]


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("12-NQ/TU", "document:12-nq-tu@sơn-la"),
        ("223/KH-UBND", "document:223-kh-ubnd@sơn-la"),
        ("35-KL/TW", "document:35-kl-tw"),
        ("12/2025/QH15", "document:12-2025-qh15"),
        ("30a/2008/NQ-CP", "document:30a-2008-nq-cp"),
    ],
)
def test_model_provincial_documents_are_numbered_per_province(number: str, expected: str) -> None:
    facts = _facts(LEAD)
    doc = DocumentRecord(number, None, None, None, None, (), Span(0, 0, ""))
    assert MODEL.document(facts, doc, "Sơn La") == expected


def test_model_record_gives_holdings_roles_and_what_the_meeting_did() -> None:
    facts = _facts(LEAD)
    kinds = {(k, s, t) for k, s, t in facts.facts}
    an, binh = "person:nguyễn-văn-an", "person:lê-thị-bình"
    meeting = next(n for n in facts.reports)
    assert ("HOLDS", an, "post:bí-thư-tỉnh-ủy@sơn-la") in kinds
    assert ("CHAIRED", an, meeting) in kinds
    assert ("ATTENDED", binh, meeting) in kinds
    assert ("APPROVED", meeting, "document:12-nq-tu@sơn-la") in kinds
    assert ("HELD_BY", meeting, "organ:ban-thường-vụ-tỉnh-ủy@sơn-la") in kinds
    assert all(k in FACT_EDGES for k, _, _ in facts.facts)
    assert all(e.support["seen"] == "2022-12-07" for e in facts.facts.values())


def test_model_renamed_moves_a_person_s_every_fact_and_leaves_the_rest() -> None:
    facts = _facts(LEAD)
    an, there = "person:nguyễn-văn-an", "person:nguyễn-văn-an@sơn-la"
    moved = facts.renamed({an: there})
    assert an not in moved.nodes and moved.nodes[there].id == there
    assert moved.nodes[there].props["key"] == an  # the name's key stays
    assert moved.readings[there] == facts.readings[an]
    mine = {(k, t) for k, s, t in moved.facts if s == there}
    assert mine == {(k, t) for k, s, t in facts.facts if s == an} and mine
    assert all(e.source == s and e.target == t for (_, s, t), e in moved.facts.items())
    assert moved.reports == facts.reports and moved.structure == facts.structure
    assert facts.renamed({"person:nobody": there}) is facts


def test_model_holding_keeps_the_term_printed_after_the_title() -> None:
    text = (
        "Ngày 5/3/2023, đồng chí Trần Văn Cường, Ủy viên Ban Chấp hành Trung ương Đảng khóa XIII, "
        "Bí thư Tỉnh ủy Lai Châu chủ trì hội nghị."
    )
    facts = _facts(text)
    holding = facts.facts[
        ("HOLDS", "person:trần-văn-cường", "post:ủy-viên-ban-chấp-hành-trung-ương-đảng")
    ]
    assert holding.support["terms"] == "term:central_party:XIII"


def test_model_undated_meetings_stay_with_their_article() -> None:
    text = "Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì hội nghị tổng kết."
    a, b = _facts(text, "a.txt"), _facts(text, "b.txt")
    assert a.reports != b.reports


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Lò Minh Hùng", "lo minh hung"),
        ("Nguyễn Hữu Đông", "nguyen huu dong"),
        ("ĐỖ  Văn  Ân", "do van an"),
    ],
)
def test_model_search_key_ignores_diacritics_case_and_spacing(name: str, key: str) -> None:
    assert search_key(name) == key


def test_model_slug_keeps_diacritics_and_kind_from_prefix() -> None:
    assert slug("Nguyễn Văn Ân") != slug("Nguyễn Văn An")
    assert kind_of("post:bí-thư-tỉnh-ủy@sơn-la") == "Post"


def test_model_a_role_cites_the_sentence_it_was_read_in() -> None:
    """Another person's sentence naming them is not the evidence of their role: the
    graph takes each role's own sentence from the typed record, not the first sentence
    that contains the name."""
    text = (
        "Ngày 7/12/2022, HĐND tỉnh Sơn La họp. Đồng chí Lò Văn Tám chúc mừng đồng chí Hà Thị"
        " Lan. Phát biểu nhận nhiệm vụ, đồng chí Hà Thị Lan cảm ơn sự tin tưởng của Ban"
        " Thường vụ Tỉnh ủy."
    )
    facts = _facts(text)
    (edge,) = [e for e in facts.facts.values() if e.source == "person:hà-thị-lan"]
    assert edge.kind == "ATTENDED"
    assert edge.support["evidence"].startswith("Phát biểu nhận nhiệm vụ")


@pytest.mark.parametrize(
    ("province", "n", "expected"),
    [
        ("Sơn La", 1, "person:nguyễn-văn-an@sơn-la"),
        ("Thừa Thiên Huế", 2, "person:nguyễn-văn-an@thừa-thiên-huế-2"),
        ("", 1, "person:nguyễn-văn-an@unplaced"),
        (None, 3, "person:nguyễn-văn-an@unplaced-3"),
    ],
)
def test_model_namesake_ids_name_the_province_first_held_in(
    province: str | None, n: int, expected: str
) -> None:
    assert namesake_id(person_key("Nguyễn Văn An"), province, n) == expected


@given(st.text(min_size=1), st.one_of(st.none(), st.text()), st.integers(1, 99))
def test_model_key_of_reads_back_a_namesakes_key(name: str, province: str | None, n: int) -> None:
    key = person_key(name)
    assert key_of(key) == key_of(namesake_id(key, province, n)) == key
