// One full-text index over everything an analyst may type: names, acronyms, aliases, titles,
// mandates, descriptions, and `searchKeys` (spacing- and punctuation-free forms such as "jtc1sc27").
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Organization|Person|Deliverable|Topic|Event|Document)
ON EACH [n.name, n.acronym, n.title, n.aliasText, n.mandate, n.description, n.searchKeys];
