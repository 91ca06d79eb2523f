// The sources of one fact, newest first: a person's holding of a post, or their chairing or attending a meeting (both by id), with the article's date, address and headline, the sentence read, and how many sources the fact has; a page of them.
// params: person, target, offset:int=0, limit:int=100
// example: kg query fact-sources --param person=person:lò-minh-hùng --param target=post:phó-bí-thư-thường-trực-tỉnh-ủy@sơn-la
// `h` is the fact edge `f` or one of its pages, each list read where it is. Grouped (each row is one source, so nothing merges) before the sort: Neo4j would sort the unwound rows each holding its own copy of the edge's lists, memory that grows with the square of its sources.
MATCH (p:Person {id: $person})-[f:HOLDS|CHAIRED|ATTENDED]->(x)
WHERE x.id = $target
OPTIONAL MATCH (p)-[g:PAGE]->(x) WHERE g.of = type(f)
WITH p, f, x, [f] + collect(g) AS lists
UNWIND lists AS h
UNWIND range(0, size(h.sources) - 1) AS i
WITH p, x, toLower(type(f)) AS fact, h.sources[i] AS source, split(h.entries[i], '|') AS e,
     size(f.sources) + coalesce(f.paged, 0) AS of, count(*) AS rows
WITH p, x, fact, source, e, of ORDER BY e[0] DESC, source DESC
SKIP $offset LIMIT $limit
MATCH (a:Article {id: source})
RETURN fact, e[0] AS seen, e[3] AS reports,
       a.id AS article, a.url AS url, a.title AS headline,
       a.sentences[toInteger(e[1])] AS sentence, of,
       p.id AS _person, x.id AS _target, a.id AS _article
ORDER BY coalesce(seen, '') DESC, article DESC
