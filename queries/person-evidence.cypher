// The sources of every fact about an official: each post held and meeting chaired or attended, with the article's date, id, address and headline, and the sentence it was read from; a post's title narrows it to that post, a person id to that namesake; the first `limit` by date.
// params: name:name, post=, person=, limit:int=100
// example: kg query person-evidence --param name="Nguyễn Hữu Đông" --param post="Bí thư Tỉnh ủy"
// Sorted and cut from the entries alone (`h` is the fact edge `f` or one of its pages, each list read where it is), then each kept source's article read: an official in the news every week has thousands. Grouped (each row is one source, so nothing merges) before the sort: Neo4j would sort the unwound rows each holding its own copy of the edge's lists, memory that grows with the square of its sources. The ids end the order, so that a cut keeps the rows the whole order puts first.
MATCH (p:Person {search: $name})-[f:HOLDS|CHAIRED|ATTENDED]->(x)
WHERE ($post = '' OR x.title = $post) AND ($person = '' OR p.id = $person)
OPTIONAL MATCH (p)-[g:PAGE]->(x) WHERE g.of = type(f)
WITH p, f, x, [f] + collect(g) AS lists
UNWIND lists AS h
UNWIND range(0, size(h.sources) - 1) AS i
WITH p, f, x, h, i, split(h.entries[i], '|') AS e
WITH p.name AS person, toLower(type(f)) AS fact,
     coalesce(x.title + coalesce(' (' + x.province + ')', ''), x.name) AS what,
     e[0] AS seen, e[3] AS reports, h.sources[i] AS article, e[1] AS evidence,
     p.id AS _person, x.id AS _target, count(*) AS rows
ORDER BY person, seen, fact, what, article, _person, _target
LIMIT $limit
MATCH (a:Article {id: article})
RETURN person, fact, what, seen, reports, article, a.url AS url, a.title AS headline,
       a.sentences[toInteger(evidence)] AS sentence, _person, _target, article AS _article
ORDER BY person, seen, fact, what, article, _person, _target
