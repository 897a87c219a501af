// Imported documents (src/import/): one Document node per imported file, found by the SHA-256 of
// its bytes, so importing the same file again is recognized.
CREATE CONSTRAINT document_content_hash IF NOT EXISTS FOR (d:Document) REQUIRE d.contentHash IS UNIQUE;
// The changeset of an import and its proposals, reviewed before they are applied.
CREATE CONSTRAINT import_id IF NOT EXISTS FOR (i:Import) REQUIRE i.id IS UNIQUE;
CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (p:Proposal) REQUIRE p.id IS UNIQUE;
CREATE INDEX import_status IF NOT EXISTS FOR (i:Import) ON (i.status, i.createdAt);
