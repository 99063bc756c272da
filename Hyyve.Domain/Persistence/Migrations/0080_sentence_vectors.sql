-- The vectors of each chunk's answer sentences, made with the chunk's own vector so that answering only embeds the
-- question: every sentence as written, then every sentence read under its heading, flat (2 × sentences × dimensions).
-- Null until made (the embedding job, or the background sweep for chunks embedded before this column).
ALTER TABLE hyyve.chunks ADD COLUMN sentence_embeddings real[];
