// Documents taken up at the meetings whose name contains the text, on a date (prefix; empty for any), and what each meeting did with them.
// params: meeting, date=
// example: kg query meeting-documents --param meeting="Ban Thường vụ" --param date=2020-12
// The date also as a range, which the index on Meeting.date answers ('~' sorts after
// every character of a date); undated meetings apart, for no date (one OR of the two
// kept Neo4j from the index).
CALL {
  MATCH (m:Meeting) WHERE m.date >= $date AND m.date < $date + '~' AND m.date STARTS WITH $date
  RETURN m
  UNION
  MATCH (m:Meeting) WHERE $date = '' AND m.date IS NULL RETURN m
}
WITH m WHERE toLower(m.name) CONTAINS toLower($meeting)
MATCH (m)-[a:DISCUSSED|APPROVED|DISSEMINATED]->(d:Document)
RETURN m.name AS meeting, m.date AS date, toLower(type(a)) AS action,
       coalesce(d.number, d.title) AS document, d.kind AS kind, d.date AS issued,
       size(a.sources) + coalesce(a.paged, 0) AS articles, m.id AS _meeting, d.id AS _document
ORDER BY coalesce(date, '9999'), meeting, document
