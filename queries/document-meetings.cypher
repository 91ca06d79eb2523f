// Meetings that took up a document, and what they did with it.
// params: number
// example: kg query document-meetings --param number=101-NQ/TU
MATCH (m:Meeting)-[a:DISCUSSED|APPROVED|DISSEMINATED]->(d:Document)
WHERE d.number = $number OR d.title = $number
RETURN coalesce(d.number, d.title) AS document, d.province AS province, m.name AS meeting,
       m.date AS date, toLower(type(a)) AS action, a.sources AS sources,
       m.id AS _meeting, d.id AS _document
ORDER BY coalesce(date, '9999'), meeting
