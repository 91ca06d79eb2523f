// Who sits with whom: officials at the same meetings as this one (chairing or attending), most shared first.
// params: name:name
// example: kg query co-attendance --param name="Nguyễn Hữu Đông"
MATCH (p:Person {search: $name})-[:CHAIRED|ATTENDED]->(m:Meeting)<-[:CHAIRED|ATTENDED]-(o:Person)
WHERE o.id <> p.id
WITH p, o, m ORDER BY m.date
RETURN p.name AS person, o.name AS colleague, count(DISTINCT m) AS meetings,
       collect(DISTINCT m.date) AS dates, p.id AS _person, o.id AS _colleague,
       collect(DISTINCT m.id) AS _meetings
ORDER BY meetings DESC, colleague, _colleague
