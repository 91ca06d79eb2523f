"""The meeting an article reports: who chaired it, who attended, which documents it took up."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from loaders.clean import Cleaned, Sentence
from loaders.gazetteer import Gazetteer
from loaders.steps.documents import DocumentFact
from loaders.steps.persons import Mention
from loaders.text import alternation, whole_words
from loaders.titles import TERM, canonical_title, rules

# Short verbs that begin other words ("dự thảo", "trao đổi", "nhận thức", "báo chí"): not
# acting when those follow. "trình bày báo cáo" still is.
_NOT_VERB = (
    r"(?!(?:(?<=dự)|(?<=trao)|(?<=nhận)|(?<=báo))\s+"
    r"(?:thảo|án|toán|khuyết|kiến|báo|trữ|định|bị|đổi|thức|xét|diện|lực|được|chí|nhiệm|công tác))"
)
# A term after a person's titles, before the verb ("Phó Bí thư Tỉnh ủy khóa XIV trình bày").
# Between a person and the verb that shows them acting: an aside in parentheses ("(thứ 2
# từ trái sang)") or on whose behalf ("thay mặt Bộ Chính trị, Ban Bí thư", "thừa ủy
# quyền của Bộ Chính trị").
_ASIDE = r"\([^()]{0,60}\)"
_WHEN = (
    r"(?<![\w])(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?\d{1,2}\s*[-/.]\s*\d{1,2}"
    r"(?:\s*[-/.]\s*\d{4})?(?![\d\w])"
)
# "A cùng đại diện các ban, ngành và lãnh đạo địa phương dự": others joining the verb.
# "…; các đồng chí trong Ban Thường vụ … và 280 đại biểu dự": others named by their body.
# "…, và đại diện các ban, ngành; lãnh đạo Thành ủy, HĐND... cùng dự", "A cùng Ban Thường vụ
# Tỉnh ủy; Thường trực HĐND tỉnh.... đón tiếp", "A; các Ủy viên Ban Thường vụ … tham dự", "A
# và các Phó Chủ tịch HĐND tỉnh chủ trì", "A và đoàn công tác làm việc": several such groups,
# one "..." trailing.
_WITH_OTHERS = (
    r"(?:;\s*)?(?<![\w])(?:(?:cùng (?:với )?|và )(?:\d|đại diện|lãnh đạo|các|nhiều|hơn|gần|đoàn)"
    r"|cùng (?:với )?(?-i:[A-ZĐ])"
    r"|các đồng chí (?:trong|thuộc|lãnh đạo|là) |(?:(?<=[;,]\s)|(?<=và\s))(?:lãnh đạo|đại diện|các) )"
    r"(?:[^.;:()…]|(?:\.{3,}|…)(?=\s)|;\s(?=(?:lãnh đạo|đại diện|Thường trực)\s)){0,160}?(?=\s)"
)
# A sentence that goes on with the list the one before it opened ("Dự có A. Các ông: B, C").
_LIST_GOES_ON = re.compile(
    r"^(?:cùng |và )?các (?:ông|bà|đồng chí|vị)(?:,? (?:ông|bà))?[^:.;]{0,60}:", re.I
)
# What a meeting may do with a document, each a cue list in cues.yaml.
ACTIONS = ("approved", "disseminated", "discussed")

_DISCUSS = re.compile(
    r"quán triệt|thảo luận|cho ý kiến|thông qua|triển khai|phổ biến|xem xét|tổng kết|sơ kết|"
    r"đánh giá|công bố|trao|nghe|bàn|ban hành",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Role:
    """A person's part in the reported meeting, with the sentence that says so."""

    name: str
    start: int
    end: int
    sentence: str


@dataclass(frozen=True)
class EventFact:
    name: str
    chaired_by: tuple[str, ...]
    attended_by: tuple[str, ...]
    documents: tuple[str, ...]
    actions: tuple[str, ...]
    start: int
    end: int
    sentence: str


@dataclass(frozen=True)
class _EventRules:
    chair: re.Pattern[str]
    chair_literals: tuple[str, ...]
    meeting_after: re.Pattern[str]
    chair_after: re.Pattern[str]
    chair_after_literals: tuple[str, ...]
    attend_after: re.Pattern[str]
    attend_actor: re.Pattern[str]
    attend_after_literals: tuple[str, ...]
    attend_lead: re.Pattern[str]
    assigned: re.Pattern[str]
    gap: re.Pattern[str]
    glue: re.Pattern[str]
    meeting_name: re.Pattern[str]
    action: re.Pattern[str]
    count: re.Pattern[str]  # "hai ", "các ", "3 " before a title


def _patterns(patterns: tuple[str, ...]) -> str:
    """An alternation of regular expressions from the cue data, longest first."""
    return "|".join(sorted(patterns, key=len, reverse=True))


@cache
def _rules(gaz: Gazetteer) -> _EventRules:
    c = gaz.cues
    meeting = alternation(c["meeting"])
    return _EventRules(
        chair=re.compile(whole_words(c["chair"]), re.I),
        chair_literals=tuple(w.lower() for w in c["chair"]),
        meeting_after=re.compile(
            rf"^\s*(?:(?:và|,)\s*(?:phát biểu|điều hành|chỉ đạo|kết luận|trực tiếp)[^.;]{{0,40}}?\s+)?(?:các\s+)?(?:{meeting})(?![\w])"
            # "chủ trì và trao các quyết định": presiding over what they then do there.
            r"|^\s*,?\s*và\s+(?:trao|phát biểu|kết luận|công bố)(?![\w])"
            # "chủ trì tại điểm cầu tỉnh", "đồng chủ trì tại Hội trường Diên Hồng".
            r"|^\s*(?:[.;]|$)|^\s*(?:của|tại)(?![\w])",
            re.I,
        ),
        chair_after=re.compile(rf"(?<![\w])(?:{_patterns(c['chair_after'])})(?![\w])", re.I),
        chair_after_literals=tuple(_literal(p) for p in c["chair_after"]),
        attend_after=re.compile(rf"(?<![\w])(?:{_patterns(c['attend_after'])})(?![\w])", re.I),
        # An acting verb right after a person's titles (only gap words between).
        attend_actor=re.compile(
            rf"(?:\s|,|{TERM}|{whole_words(c['gap'])}|{_ASIDE})*"
            # On whose behalf, once at most, outside the repetition: inside it the lazy
            # clause made the match try every way of cutting a long sentence (minutes).
            rf"(?:(?<![\w])(?:{alternation(c['on_behalf'])})[^.;()]{{0,100}}?(?=\s)"
            rf"(?:\s|,|{whole_words(c['gap'])})*)?"
            rf"(?:{_WITH_OTHERS}(?:\s|,|{whole_words(c['gap'])})*)?"
            rf"{whole_words(c['attend_actor'])}{_NOT_VERB}",
            re.I,
        ),
        attend_after_literals=tuple(_literal(p) for p in c["attend_after"]),
        attend_lead=re.compile(_leading(c["attend_lead"]), re.I),
        assigned=re.compile(
            rf"(?<![\w])(?:{alternation(c['assigned'])})\s+(?:(?:ông|bà|đồng chí)\s+)?$", re.I
        ),
        # "A, Tổng Bí thư thay mặt Bộ Chính trị chủ trì": on whose behalf, once; "A, Bộ
        # trưởng, chiều ngày 28-6, đã chủ trì": when.
        gap=re.compile(
            rf"^(?:\s|,|{TERM}|{_WHEN}|{whole_words(c['gap'])})*"
            rf"(?:(?<![\w])(?:{alternation(c['on_behalf'])})[^.;()]{{0,100}}?"
            rf"(?:\s|,|{whole_words(c['gap'])})*)?"
            rf"(?:{_WITH_OTHERS}(?:\s|,|{whole_words(c['gap'])})*)?$",
            re.I,
        ),
        # Between two people of one list: separators, "và", "cùng", or a group label
        # ("và các đồng chí Phó Chủ tịch HĐND tỉnh:").
        glue=re.compile(
            rf"^(?:\s|(?:{alternation(c['list_glue'])})"
            # a count before the next one's plural title ("A; 2 Phó Chủ tịch HĐND tỉnh – B").
            rf"|(?:{alternation(c['counts'])}|\d{{1,2}})(?=\s)"
            # or a plural title's label ("…; các Phó Chủ tịch HĐND tỉnh: B, C chủ tọa").
            r"|(?:và\s+|cùng\s+)?các (?:đồng chí|ông|bà|(?-i:[A-ZĐ]))[^:;.]{0,80}:)*$",
            re.I,
        ),
        # A meeting's name ends where its clause goes on ("Hội nghị có đồng chí A").
        meeting_name=re.compile(
            rf"{whole_words(c['meeting'])}"
            r"(?:(?!\s(?:có|gồm|là|do|dưới|với|nhằm|để|đã|sẽ)\s)[^,.;:(])*",
            re.I,
        ),
        action=re.compile(
            "|".join(rf"(?P<{name}>{whole_words(c[name])})" for name in ACTIONS),
            re.I,
        ),
        count=re.compile(rf"^(?:{alternation(c['counts'])}|\d{{1,2}})\s+", re.I),
    )


def _leading(patterns: tuple[str, ...]) -> str:
    """Cue patterns at a word start; when every one opens the sentence ("^…"), one leading
    anchor, which lets the regex engine try the start alone."""
    if all(p.startswith("^") for p in patterns):
        return "^(?:" + _patterns(tuple(p[1:] for p in patterns)) + ")"
    return rf"(?<![\w])(?:{_patterns(patterns)})"


def _literal(pattern: str) -> str:
    """The plain words every match of a cue pattern holds, to skip sentences that cannot
    match: its first words after a leading `^` and optional group ("(?:đồng )?chủ …")."""
    body = re.sub(r"^\^?(?:\(\?:[^()]*\)\?)?", "", pattern)
    literal = re.split(r"[\\\[\](){}.*+?|^$]", body, maxsplit=1)[0].lower()
    if not literal.strip():
        raise ValueError(f"cues.yaml: pattern {pattern!r} starts with no plain word")
    return literal


def _by_sentence(
    doc: Cleaned, mentions: tuple[Mention, ...], every: bool = False
) -> list[tuple[Sentence, list[Mention]]]:
    """Each sentence that names someone (with `every`, each sentence), with its mentions
    in order (career notes left out)."""
    grouped: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.anchor != "career":
            grouped.setdefault(m.sentence.start, []).append(m)
    return [(s, grouped.get(s.start, [])) for s in doc.sentences if every or s.start in grouped]


def _extend_back(ms: list[Mention], i: int, text: str, er: _EventRules) -> list[Mention]:
    """The mention at i and the people listed with it before ("A, …; B, … và C")."""
    out = [ms[i]]
    while i > 0 and er.glue.match(text[ms[i - 1].chain_end : ms[i].chain_start]):
        i -= 1
        out.insert(0, ms[i])
    return out


def _extend_forward(ms: list[Mention], i: int, text: str, er: _EventRules) -> list[Mention]:
    out = [ms[i]]
    while i + 1 < len(ms) and er.glue.match(text[ms[i].chain_end : ms[i + 1].chain_start]):
        i += 1
        out.append(ms[i])
    return out


def _extend_items(
    ms: list[Mention], listed: list[Mention], text: str, er: _EventRules
) -> list[Mention]:
    """A list a colon opened, whose items are cut by ";", goes on past an item's aside
    ("…: A – Bí thư; B, … được chỉ định …; C – Phó Bí thư"): each later mention that opens
    an item joins it."""
    out = list(listed)
    i = ms.index(listed[-1])
    for m in ms[i + 1 :]:
        if not _next_item(text[out[-1].chain_end : m.chain_start], er):
            break
        out.append(m)
    return out


def _extend_items_back(
    ms: list[Mention], listed: list[Mention], text: str, er: _EventRules, floor: int
) -> list[Mention]:
    """The same list read back from the verb after its last item ("Các đồng chí: A - …; B -
    … phụ trách các tỉnh phía Nam; C - … dự"), when a colon opened it."""
    out = list(listed)
    for m in reversed(ms[: ms.index(listed[0])]):
        if not _next_item(text[m.chain_end : out[0].chain_start], er):
            break
        out.insert(0, m)
    return out if ":" in text[floor : out[0].chain_start] else list(listed)


def _next_item(between: str, er: _EventRules) -> bool:
    """Whether the text between two people ends one item of a ";" list and opens the next."""
    cut = between.rfind(";")
    return cut >= 0 and er.glue.match(between[cut + 1 :]) is not None


# After a title, the separator before the next one: no verb can stand there.
_NEXT_TITLE = re.compile(r"\s*[,;–-]")
# "Trước đó, ngày 31/1, A đã có buổi làm việc …": an earlier meeting, not the one reported.
_EARLIER = re.compile(
    r"^(?:Trước đó|Trước đây)\s*,?\s*(?:vào\s+)?(?:ngày|sáng|chiều|tối|hôm|tháng)\s", re.IGNORECASE
)
# What a clause is about: "làm việc với tỉnh về … chỉ đạo của Tổng Bí thư A" does not put A
# there ("về dự" is coming to attend).
_TOPIC = re.compile(r"(?<![\w])(?:về|nhằm)\s(?!dự|tham dự|làm việc|thăm)", re.IGNORECASE)


def _in_topic(ms: list[Mention], m: Mention, at: int, text: str) -> bool:
    """Whether `m` is named inside what the clause from `at` is about, outside every
    person's titles (a title may hold "về": "Trưởng Ban Chỉ đạo … về …")."""
    pos = at
    for other in ms:
        if other is m:
            break
        if other.chain_end <= at:
            continue
        if _TOPIC.search(text, pos, max(pos, other.chain_start)):
            return True
        pos = max(pos, other.chain_end)
    return bool(_TOPIC.search(text, pos, m.chain_start))


def _right_before(ms: list[Mention], at: int, text: str, er: _EventRules) -> int | None:
    """Index of the mention whose titles end just before position `at` (only gap words between)."""
    for i in range(len(ms) - 1, -1, -1):
        if ms[i].chain_end <= at:
            return i if er.gap.match(text[ms[i].chain_end : at]) else None
    return None


def _right_after(ms: list[Mention], at: int, text: str, er: _EventRules) -> int | None:
    for i, m in enumerate(ms):
        if m.chain_start >= at:
            between = text[at : m.chain_start]
            return (
                i if (len(between) < 40 and er.glue.match(between)) or not between.strip() else None
            )
    return None


# "chủ trì của", "chủ tọa, điều hành của": who presided follows.
_PASSIVE = re.compile(r"\s*(?:,\s*(?-i:[^\W\d\sA-ZĐ])[^,;.]{0,20}?)?\s*của(?![\w])")


def _named_by_title(
    sentence: Sentence, at: int, mentions: tuple[Mention, ...], gaz: Gazetteer
) -> list[Role]:
    """The people a clause names by their titles alone, as the article's only holders of
    them ("Chủ tịch HĐND và hai Phó Chủ tịch HĐND tỉnh": a council's officers the article
    named earlier); the titles printed are the evidence."""
    tr = rules(gaz)
    clause = re.match(r"[^;.:]*?(?=,\s*(?-i:[^\W\dA-ZĐ])|[;.:]|$)", sentence.text[at:])
    out: list[Role] = []
    pos = at
    for part in re.split(r"(,|\svà\s)", clause.group(0) if clause else ""):
        start = pos
        pos += len(part)
        count = _rules(gaz).count.match(part.strip())
        printed = part.strip()[count.end() :] if count else part.strip()
        title = canonical_title(printed, tr) if printed else None
        if not title:
            continue
        holders = sorted({m.name for m in mentions if any(t.startswith(title) for t in m.titles)})
        # One holder for a title named once; the count of holders printed for several.
        if holders and (len(holders) == 1 or count):
            begin = start + len(part) - len(part.lstrip())
            out.extend(
                Role(name, sentence.start + begin, sentence.start + pos, sentence.text)
                for name in holders
            )
    return out


def _role(m: Mention) -> Role:
    return Role(m.name, m.start, m.end, m.sentence.text)


def _chaired_by_before(ms: list[Mention], at: int, text: str, er: _EventRules) -> bool:
    """ "Hội nghị do đồng chí A … chủ trì được tổ chức": "do" names who presided, whatever
    follows the verb."""
    i = _right_before(ms, at, text, er)
    if i is None:
        return False
    first = _extend_back(ms, i, text, er)[0]
    return bool(
        re.search(
            r"(?<![\w])do\s+(?:các\s+)?(?:đồng chí|ông|bà)?\s*$", text[: first.chain_start], re.I
        )
    )


def find_chairs(doc: Cleaned, mentions: tuple[Mention, ...], gaz: Gazetteer) -> tuple[Role, ...]:
    """People who presided: named right before 'chủ trì …' or after 'dưới sự chủ trì của'."""
    er = _rules(gaz)
    out: list[Role] = []
    text = doc.text
    # Every sentence: one naming no one may name the chairs by their titles alone.
    for sentence, ms in _by_sentence(doc, mentions, every=True):
        lowered = sentence.lowered
        if not ms and not any(word in lowered for word in er.chair_literals):
            continue
        for cue in (
            er.chair_after.finditer(sentence.text)
            if any(literal in lowered for literal in er.chair_after_literals)
            else ()
        ):
            i = _right_after(ms, sentence.start + cue.end(), text, er)
            if i is not None:
                listed = _extend_forward(ms, i, text, er)
                if ":" in text[sentence.start + cue.start() : ms[i].chain_start]:
                    listed = _extend_items(ms, listed, text, er)
                out.extend(_role(m) for m in listed)
        for verb in er.chair.finditer(sentence.text):
            at, end = sentence.start + verb.start(), sentence.start + verb.end()
            after = sentence.text[verb.end() :]
            passive = _PASSIVE.match(after)
            if not (
                passive or er.meeting_after.match(after) or _chaired_by_before(ms, at, text, er)
            ):
                continue
            if passive:
                i = _right_after(ms, end + passive.end(), text, er)
                chosen = _extend_forward(ms, i, text, er) if i is not None else []
                if i is None:
                    # "Dưới sự chủ tọa của Chủ tịch HĐND và hai Phó Chủ tịch HĐND tỉnh".
                    out.extend(_named_by_title(sentence, verb.end() + passive.end(), mentions, gaz))
            else:
                i = _right_before(ms, at, text, er)
                chosen = _extend_back(ms, i, text, er) if i is not None else []
            out.extend(_role(m) for m in chosen)
    return tuple(out)


def find_attendees(doc: Cleaned, mentions: tuple[Mention, ...], gaz: Gazetteer) -> tuple[Role, ...]:
    """People present: after 'Dự hội nghị có', acting there ('phát biểu', 'trao'), or visiting."""
    er = _rules(gaz)
    text = doc.text
    out: list[Role] = []
    listed_until = -10  # where the last sentence with an attendance cue ended (none yet)
    for sentence, ms in _by_sentence(doc, mentions):
        if _EARLIER.match(sentence.text):
            continue
        lowered = sentence.lowered
        if 0 <= sentence.start - listed_until <= 2 and _LIST_GOES_ON.match(sentence.text):
            out.extend(_role(m) for m in ms)
            listed_until = sentence.end
        if any(literal in lowered for literal in er.attend_after_literals):
            for cue in er.attend_after.finditer(sentence.text):
                at = sentence.start + cue.end()
                out.extend(
                    _role(m) for m in ms if m.chain_start >= at and not _in_topic(ms, m, at, text)
                )
                listed_until = sentence.end
        for i, m in enumerate(ms):
            # The verb may also stand inside the titles read after the name, before a post
            # it gives ("A, Trưởng Ban Dân vận Tỉnh ủy làm Trưởng đoàn").
            ends = (
                m.chain_end,
                *(
                    end
                    for _, _, end in m.raw_titles
                    if end < m.chain_end and not _NEXT_TITLE.match(text, end)
                ),
            )
            if any(er.attend_actor.match(text, end, sentence.end) for end in ends):
                listed = _extend_items_back(
                    ms, _extend_back(ms, i, text, er), text, er, sentence.start
                )
                first = listed[0].chain_start
                if not er.assigned.search(text, max(sentence.start, first - 30), first):
                    out.extend(_role(x) for x in listed)
        for lead in er.attend_lead.finditer(sentence.text):
            j = _right_after(ms, sentence.start + lead.end(), text, er)
            if j is not None:
                out.append(_role(ms[j]))
    return tuple(sorted(out, key=lambda r: r.start))  # in reading order


def _meeting_name(
    doc: Cleaned, chairs: tuple[Role, ...], er: _EventRules
) -> tuple[str, Sentence | None]:
    for sentence in doc.sentences:
        if chairs and sentence.text == chairs[0].sentence:
            verb = er.chair.search(sentence.text)
            if verb:
                name = er.meeting_name.search(sentence.text, verb.end())
                if name and name.start() - verb.end() < 6:
                    return name.group(0).strip(), sentence
    if doc.title:
        name = er.meeting_name.match(doc.title)
        if name:
            return name.group(0).strip(), None
    for sentence in doc.sentences[:4]:
        name = er.meeting_name.match(sentence.text)
        if name:
            return name.group(0).strip(), sentence
    return "", None


def find_events(
    doc: Cleaned,
    chairs: tuple[Role, ...],
    attendees: tuple[Role, ...],
    documents: tuple[DocumentFact, ...],
    gaz: Gazetteer,
) -> tuple[EventFact, ...]:
    """The one meeting the article reports, if it reports one."""
    er = _rules(gaz)
    name, sentence = _meeting_name(doc, chairs, er)
    if not name and not chairs and not attendees:
        return ()
    if name:
        name = name[0].upper() + name[1:]
        if len(name.split()) == 1 and name.lower() in (
            "lễ",
            "buổi",
            "phiên",
            "đoàn",
            "lớp",
            "đợt",
            "họp",
        ):
            name = ""
    chaired = tuple(dict.fromkeys(r.name for r in chairs))
    attended = tuple(n for n in dict.fromkeys(r.name for r in attendees) if n not in chaired)
    discussed = {}
    for d in documents:
        if not d.number or not _DISCUSS.search(d.sentence):
            continue
        before = d.sentence[: max(0, d.start - _sentence_start(doc, d))]
        if not re.search(r"\(\s*theo\s+[^)]*$", before):
            discussed[d.number] = find_action(before, er)
    start = sentence.start if sentence else 0
    return (
        EventFact(
            name=name or "Buổi làm việc",
            chaired_by=chaired,
            attended_by=attended,
            documents=tuple(discussed),
            actions=tuple(discussed.values()),
            start=start,
            end=start + len(sentence.text) if sentence else 0,
            sentence=sentence.text if sentence else (doc.title or ""),
        ),
    )


def find_action(before: str, er: _EventRules) -> str:
    """What the meeting did with a document: the last action verb before its number."""
    matches = list(er.action.finditer(before))
    return (matches[-1].lastgroup if matches else None) or "discussed"


def _sentence_start(doc: Cleaned, fact: DocumentFact) -> int:
    for sentence in doc.sentences:
        if sentence.start <= fact.start < sentence.end:
            return sentence.start
    return fact.start
