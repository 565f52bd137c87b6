-- PostgreSQL 16+ only (the Makefile adds it there): input reports soft
-- errors, so pg_input_is_valid and pg_input_error_info need no
-- subtransaction and see the same SQLSTATE, message and hint.
SET search_path = public, policy_tracker;

SELECT t AS input, pg_input_is_valid(t, 'policy_tracker.docnum') AS valid
FROM (VALUES ('14435/17'), ('COM(2017) 477 final/2'), ('hello'), ('14435/17 + COR 1'),
             ('14435/17 REV 64')) AS v(t);

SELECT sql_error_code, message FROM pg_input_error_info('hello', 'policy_tracker.docnum');
SELECT sql_error_code, message FROM pg_input_error_info('14435/17 REV 64', 'policy_tracker.docnum');
SELECT hint FROM pg_input_error_info('CYBER 168', 'policy_tracker.docnum');
