// Documents a document cites (by number as printed, or by title), and the articles that say so.
// params: number
// example: kg query document-cites --param number=58-KH/TU
MATCH (d:Document)-[r:REFERENCES]->(t:Document)
WHERE d.number = $number OR d.title = $number
RETURN coalesce(d.number, d.title) AS document, coalesce(t.number, t.title) AS cites,
       t.kind AS kind, t.date AS issued, t.province AS province, r.sources AS sources,
       d.id AS _document, t.id AS _cited
ORDER BY document, cites
