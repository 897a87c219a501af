// The audit trail (src/audit/): one Change node per changed entity, numbered in commit order.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (c:Change) REQUIRE c.seq IS UNIQUE;
CREATE INDEX change_entity IF NOT EXISTS FOR (c:Change) ON (c.entityType, c.entityKey);
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at);
// The one ChangeLog node hands out the sequence numbers; its lock puts concurrent edits in order.
CREATE CONSTRAINT change_log_id IF NOT EXISTS FOR (l:ChangeLog) REQUIRE l.id IS UNIQUE;
