// Documents that cite a document (by number as printed, or by title), and the articles that say so.
// params: number
// example: kg query document-references --param number=21-KL/TW
MATCH (d:Document)-[r:REFERENCES]->(t:Document)
WHERE t.number = $number OR t.title = $number
RETURN coalesce(d.number, d.title) AS document, d.kind AS kind, d.date AS issued,
       d.province AS province, coalesce(t.number, t.title) AS cites, r.sources AS sources,
       d.id AS _document, t.id AS _cited
ORDER BY coalesce(issued, '9999'), document
