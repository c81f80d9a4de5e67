-- Runs are now recorded inside their import's transaction, so none can be left "running" by a
-- killed process again; runs left so by earlier versions are marked failed once.
UPDATE "import_runs" SET "status" = 'failed', "finished_at" = now(), "error" = 'Interrupted: the process stopped before this run was recorded as finished. Import the file again to be sure it is complete.' WHERE "status" = 'running';
