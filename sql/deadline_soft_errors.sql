-- PostgreSQL 16+ only (the Makefile adds it there): deadline input reports
-- soft errors, so pg_input_is_valid needs no subtransaction.
SET search_path = public, policy_tracker;

SELECT t AS input, pg_input_is_valid(t, 'policy_tracker.deadline') AS valid
FROM (VALUES ('by mid-2018'), ('end of 2018/early 2019'), ('soon'), ('by May'), ('May 2100')) AS v(t);

SELECT sql_error_code, message FROM pg_input_error_info('soon', 'policy_tracker.deadline');
SELECT sql_error_code, message FROM pg_input_error_info('May 2100', 'policy_tracker.deadline');
SELECT hint FROM pg_input_error_info('by May', 'policy_tracker.deadline');
