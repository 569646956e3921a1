-- The audit log's database next to the registry's (compose only; on Kubernetes each service gets
-- its own DATABASE_URL).
CREATE DATABASE sild_audit OWNER sild;
