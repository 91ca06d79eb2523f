// Meetings an official chaired, oldest first.
// params: name:name
// example: kg query chaired-meetings --param name="Nguyễn Hữu Đông"
MATCH (p:Person {search: $name})-[c:CHAIRED]->(m:Meeting)
RETURN p.name AS person, m.name AS meeting, m.date AS date, m.province AS province,
       c.sources AS sources, p.id AS _person, m.id AS _meeting
ORDER BY coalesce(date, '9999'), meeting
