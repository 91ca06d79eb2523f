// Documents taken up at meetings of an organ, with what the meeting did (discussed, approved, disseminated).
// params: organ, province=
// example: kg query organ-documents --param organ="Ban Thường vụ Tỉnh ủy" --param province="Lạng Sơn"
MATCH (o:Organ)<-[:HELD_BY]-(m:Meeting)-[a:DISCUSSED|APPROVED|DISSEMINATED]->(d:Document)
WHERE toLower(o.name) = toLower($organ) AND coalesce(o.province, '') = $province
RETURN m.name AS meeting, m.date AS date, toLower(type(a)) AS action,
       coalesce(d.number, d.title) AS document, d.kind AS kind, d.date AS issued,
       o.id AS _organ, m.id AS _meeting, d.id AS _document
ORDER BY coalesce(date, '9999'), meeting, document
