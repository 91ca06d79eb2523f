// Meetings an official chaired or attended, oldest first, with how many articles say so.
// params: name:name
// example: kg query person-meetings --param name="Lò Minh Hùng"
MATCH (p:Person {search: $name})-[r:CHAIRED|ATTENDED]->(m:Meeting)
RETURN p.name AS person, m.name AS meeting, m.date AS date, m.province AS province,
       CASE type(r) WHEN 'CHAIRED' THEN 'chaired' ELSE 'attended' END AS role,
       size(r.sources) AS articles, p.id AS _person, m.id AS _meeting
ORDER BY coalesce(date, '9999'), meeting, role DESC
