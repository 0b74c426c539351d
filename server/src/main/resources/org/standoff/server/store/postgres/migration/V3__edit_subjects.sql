-- The history names what an edit was about: the id of the annotation or entity an annotator's
-- mutation wrote or deleted; null for a whole-document edit (import, deletion, revision).
ALTER TABLE edits ADD COLUMN subject text;
