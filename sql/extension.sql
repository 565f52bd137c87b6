-- The extension installs into its own schema and declares what it installs.
CREATE EXTENSION policy_tracker;

SELECT extname, extversion, extrelocatable, extnamespace::regnamespace AS schema
FROM pg_extension WHERE extname = 'policy_tracker';

-- Every member object (this list changes when the install script does).
-- From PostgreSQL 17 on the server also records the row type of every table
-- and view and every array type as members of their own; they come and go
-- with the table, view or type listed here, so they are left out and the
-- list is the same on every version.
SELECT pg_describe_object(classid, objid, objsubid) AS member
FROM pg_depend
WHERE refclassid = 'pg_extension'::regclass AND deptype = 'e'
  AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'policy_tracker')
  AND NOT (classid = 'pg_type'::regclass
           AND (objid IN (SELECT typarray FROM pg_type)
                OR objid IN (SELECT reltype FROM pg_class WHERE relkind <> 'c')))
ORDER BY 1;

-- Every operator class passes the access method's own validator.
SELECT am.amname, opc.opcname, amvalidate(opc.oid)
FROM pg_opclass opc JOIN pg_am am ON am.oid = opc.opcmethod
WHERE opc.opcnamespace = 'policy_tracker'::regnamespace
ORDER BY 1, 2;

-- No function is left without a deliberate PARALLEL marking, and every C
-- function of the types is IMMUTABLE STRICT.
SELECT proname, proparallel FROM pg_proc
WHERE pronamespace = 'policy_tracker'::regnamespace AND proparallel <> 's'
ORDER BY 1;
SELECT proname, provolatile, proisstrict FROM pg_proc
WHERE pronamespace = 'policy_tracker'::regnamespace AND prolang = (SELECT oid FROM pg_language WHERE lanname = 'c')
  AND (provolatile <> 'i' OR NOT proisstrict)
ORDER BY 1;
SELECT count(*) > 0 AS has_c_functions FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
WHERE pronamespace = 'policy_tracker'::regnamespace AND l.lanname = 'c';

-- docnum's storage is fixed: 8 bytes, by value, double-aligned, plain.
SELECT typname, typlen, typbyval, typalign, typstorage
FROM pg_type WHERE typname = 'docnum' AND typnamespace = 'policy_tracker'::regnamespace;
