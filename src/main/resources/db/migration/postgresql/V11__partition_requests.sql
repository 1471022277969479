-- The queues of partition requests when extraction and comparison run in worker JVMs (crosscheck.workers=remote):
-- Spring Integration's JDBC channel message store (JdbcChannelMessageStore with the table prefix CC_), as its
-- schema-postgresql.sql makes INT_CHANNEL_MESSAGE. A request is a serialised StepExecutionRequest; a worker deletes
-- the row it takes. Only PostgreSQL has it: remote partitioning refuses an H2 job repository, which one process opens.
CREATE SEQUENCE IF NOT EXISTS CC_MESSAGE_SEQ START WITH 1 INCREMENT BY 1 NO CYCLE;

CREATE TABLE IF NOT EXISTS CC_CHANNEL_MESSAGE (
    MESSAGE_ID CHAR(36) NOT NULL,
    GROUP_KEY CHAR(36) NOT NULL,
    CREATED_DATE BIGINT NOT NULL,
    MESSAGE_PRIORITY BIGINT,
    MESSAGE_SEQUENCE BIGINT NOT NULL DEFAULT nextval('CC_MESSAGE_SEQ'),
    MESSAGE_CONTENT BYTEA,
    REGION VARCHAR(100) NOT NULL,
    CONSTRAINT CC_CHANNEL_MESSAGE_PK PRIMARY KEY (REGION, GROUP_KEY, CREATED_DATE, MESSAGE_SEQUENCE)
);

CREATE INDEX IF NOT EXISTS CC_CHANNEL_MSG_DELETE_IDX ON CC_CHANNEL_MESSAGE (REGION, GROUP_KEY, MESSAGE_ID);
