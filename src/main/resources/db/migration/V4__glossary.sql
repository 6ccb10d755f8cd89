-- Glossary exchange: TBX puts a definition inside one language section, so the concept
-- remembers which language its definition is written in (NULL: not known; such a definition is
-- written at concept level on export). Portable SQL for H2 2.x and PostgreSQL.
ALTER TABLE concept ADD COLUMN definition_lang VARCHAR(35);
