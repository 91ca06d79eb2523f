// Who chaired and who attended the meetings whose name contains the text, on a date (prefix; empty for any).
// params: meeting, date=
// example: kg query meeting-attendance --param meeting="cán bộ chủ chốt" --param date=2019-11
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
MATCH (p:Person)-[r:CHAIRED|ATTENDED]->(m)
RETURN m.name AS meeting, m.date AS date, m.province AS province, p.name AS person,
       CASE type(r) WHEN 'CHAIRED' THEN 'chaired' ELSE 'attended' END AS role,
       m.id AS _meeting, p.id AS _person
ORDER BY coalesce(date, '9999'), meeting, role DESC, person
