// Who sits with whom: officials at the same meetings as this one (chairing or attending), most shared first, with the first and last shared; the first `limit`.
// params: name:name, limit:int=20
// example: kg query co-attendance --param name="Nguyễn Hữu Đông"
MATCH (p:Person {search: $name})-[:CHAIRED|ATTENDED]->(m:Meeting)<-[:CHAIRED|ATTENDED]-(o:Person)
WHERE o <> p
WITH DISTINCT p, o, m
WITH p, o, count(m) AS meetings, min(m.date) AS first, max(m.date) AS last,
     collect(m.id) AS shared
RETURN p.name AS person, o.name AS colleague, meetings, first, last,
       p.id AS _person, o.id AS _colleague, shared AS _meetings
ORDER BY meetings DESC, colleague, _colleague
LIMIT $limit
