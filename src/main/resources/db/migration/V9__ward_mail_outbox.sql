-- E-mails, written in the transaction that decides them and sent once it has committed (notification.MailOutbox,
-- ADR 0011): a step run again after a conflict or a failure e-mails no one twice, a rolled-back one no one at all,
-- and an e-mail a node did not get to send (mail server down, the node died) is sent by any node later.
CREATE TABLE ward_mail_outbox (
    id                  VARCHAR(36)    PRIMARY KEY,
    -- a staff user id, or the address itself for a resident (for the logs)
    recipient_id        VARCHAR(320)   NOT NULL,
    address             VARCHAR(320)   NOT NULL,
    name                VARCHAR(255),
    subject             VARCHAR(1000)  NOT NULL,
    body                TEXT           NOT NULL,
    created_at          TIMESTAMP      NOT NULL,
    -- the node sending it holds it until then; a row whose claim has passed and is not sent is any node's to send
    claimed_until       TIMESTAMP,
    attempts            INTEGER        DEFAULT 0 NOT NULL,
    last_error          VARCHAR(1000),
    sent_at             TIMESTAMP
);

CREATE INDEX ward_mail_outbox_waiting ON ward_mail_outbox (sent_at, claimed_until);
CREATE INDEX ward_mail_outbox_created ON ward_mail_outbox (created_at);
