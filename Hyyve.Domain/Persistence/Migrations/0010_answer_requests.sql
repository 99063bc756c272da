-- Every customer message intake accepted for an answer, written in the intake transaction. The reconciler reads the
-- rows it has not judged yet, once their grace period is over, and re-submits the answer job of a message that has
-- neither an answer record, a handoff nor a job: the queue write that was lost after intake committed.

CREATE TABLE hyyve.answer_requests (
    tenant_id                uuid NOT NULL REFERENCES hyyve.tenants (id) ON DELETE CASCADE,
    chatwoot_message_id      bigint NOT NULL,
    chatwoot_conversation_id bigint NOT NULL,
    project_id               uuid NOT NULL REFERENCES hyyve.projects (id) ON DELETE CASCADE,
    accepted_at              timestamptz NOT NULL,
    -- Set once, by the one reconciler pass that judged the row; a judged row is never looked at again.
    reconciled_at            timestamptz,
    verdict                  text CHECK (verdict IN ('answered', 'handed_off', 'human', 'job_exists', 'superseded', 'expired', 'resubmitted')),
    PRIMARY KEY (tenant_id, chatwoot_message_id)
);
CREATE INDEX answer_requests_due_idx ON hyyve.answer_requests (accepted_at) WHERE reconciled_at IS NULL;
