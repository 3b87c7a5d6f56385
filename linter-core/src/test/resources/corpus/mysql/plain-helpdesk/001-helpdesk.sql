-- change maria:1
CREATE TABLE organizations (
    id INT NOT NULL AUTO_INCREMENT,
    name VARCHAR(150) NOT NULL,
    plan VARCHAR(20) NOT NULL DEFAULT 'basic',
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT pk_organizations PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- change maria:2
CREATE TABLE agents (
    id INT NOT NULL AUTO_INCREMENT,
    organization_id INT NOT NULL,
    email VARCHAR(191) NOT NULL,
    full_name VARCHAR(150) NOT NULL,
    is_admin BIT(1) NOT NULL DEFAULT b'0',
    signature TEXT,
    last_seen DATETIME,
    CONSTRAINT pk_agents PRIMARY KEY (id),
    CONSTRAINT uq_agents_email UNIQUE (email),
    CONSTRAINT fk_agents_org FOREIGN KEY (organization_id) REFERENCES organizations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- change maria:3
CREATE TABLE customers (
    id BIGINT NOT NULL AUTO_INCREMENT,
    organization_id INT NOT NULL,
    email VARCHAR(191) NOT NULL,
    name VARCHAR(150),
    language CHAR(2) NOT NULL DEFAULT 'en',
    blocked TINYINT(1) NOT NULL DEFAULT 0,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    UNIQUE KEY uq_customers_org_email (organization_id, email),
    CONSTRAINT fk_customers_org FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- change maria:4
CREATE TABLE tickets (
    id BIGINT NOT NULL AUTO_INCREMENT,
    organization_id INT NOT NULL,
    customer_id BIGINT NOT NULL,
    assignee_id INT,
    subject VARCHAR(255) NOT NULL,
    status ENUM('new','open','pending','solved','closed') NOT NULL DEFAULT 'new',
    priority TINYINT NOT NULL DEFAULT 2,
    channel VARCHAR(20) NOT NULL DEFAULT 'email',
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    solved_at DATETIME,
    PRIMARY KEY (id),
    INDEX ix_tickets_org_status (organization_id, status),
    INDEX ix_tickets_assignee (assignee_id),
    CONSTRAINT fk_tickets_org FOREIGN KEY (organization_id) REFERENCES organizations (id),
    CONSTRAINT fk_tickets_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT fk_tickets_assignee FOREIGN KEY (assignee_id) REFERENCES agents (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- change maria:5
CREATE TABLE ticket_messages (
    id BIGINT NOT NULL AUTO_INCREMENT,
    ticket_id BIGINT NOT NULL,
    author_type ENUM('agent','customer','system') NOT NULL,
    author_id BIGINT,
    body MEDIUMTEXT NOT NULL,
    internal TINYINT(1) NOT NULL DEFAULT 0,
    created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    KEY ix_messages_ticket (ticket_id, created_at),
    CONSTRAINT fk_messages_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- change maria:6
CREATE TABLE tags (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organization_id INT NOT NULL,
    name VARCHAR(50) NOT NULL,
    UNIQUE KEY uq_tags (organization_id, name)
);
CREATE TABLE ticket_tags (
    ticket_id BIGINT NOT NULL,
    tag_id INT NOT NULL,
    PRIMARY KEY (ticket_id, tag_id),
    FOREIGN KEY (ticket_id) REFERENCES tickets (id) ON DELETE CASCADE,
    FOREIGN KEY (tag_id) REFERENCES tags (id) ON DELETE CASCADE
);

-- change maria:7
ALTER TABLE tickets ADD COLUMN first_response_at DATETIME NULL AFTER updated_at;
ALTER TABLE tickets ADD COLUMN sla_due_at DATETIME NULL;
CREATE INDEX ix_tickets_sla ON tickets (sla_due_at);

-- change maria:8
DELIMITER $$
CREATE TRIGGER tr_ticket_first_response BEFORE INSERT ON ticket_messages
FOR EACH ROW
BEGIN
    IF NEW.author_type = 'agent' AND NEW.internal = 0 THEN
        UPDATE tickets SET first_response_at = COALESCE(first_response_at, NEW.created_at) WHERE id = NEW.ticket_id;
    END IF;
END$$
DELIMITER ;

-- change maria:9
CREATE TABLE sla_policies (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organization_id INT NOT NULL,
    priority TINYINT NOT NULL,
    first_response_minutes INT NOT NULL,
    resolution_minutes INT NOT NULL,
    CONSTRAINT uq_sla UNIQUE (organization_id, priority),
    CONSTRAINT fk_sla_org FOREIGN KEY (organization_id) REFERENCES organizations (id) ON DELETE CASCADE
);
INSERT INTO sla_policies (organization_id, priority, first_response_minutes, resolution_minutes)
SELECT o.id, p.priority, p.fr, p.res
  FROM organizations o
 CROSS JOIN (SELECT 1 AS priority, 30 AS fr, 240 AS res UNION ALL SELECT 2, 120, 1440 UNION ALL SELECT 3, 480, 4320) p;

-- change maria:10
ALTER TABLE customers MODIFY COLUMN name VARCHAR(200) NULL;
ALTER TABLE customers ADD COLUMN phone VARCHAR(40) NULL, ADD COLUMN company VARCHAR(150) NULL;
ALTER TABLE agents CHANGE last_seen last_seen_at DATETIME NULL;
ALTER TABLE tickets DROP FOREIGN KEY fk_tickets_assignee;
ALTER TABLE tickets ADD CONSTRAINT fk_tickets_assignee FOREIGN KEY (assignee_id) REFERENCES agents (id) ON DELETE RESTRICT;
ALTER TABLE ticket_messages ADD FULLTEXT KEY ft_messages_body (body);

-- change maria:11
CREATE TABLE macros (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organization_id INT NOT NULL,
    title VARCHAR(150) NOT NULL,
    actions JSON NOT NULL,
    usage_count INT UNSIGNED NOT NULL DEFAULT 0,
    CHECK (JSON_TYPE(actions) = 'ARRAY')
);
CREATE VIEW v_agent_load AS
SELECT a.id AS agent_id, a.full_name, COUNT(t.id) AS open_tickets
  FROM agents a
  LEFT JOIN tickets t ON t.assignee_id = a.id AND t.status IN ('new', 'open', 'pending')
 GROUP BY a.id, a.full_name;

-- change maria:12
ALTER TABLE tickets ADD COLUMN search_text TEXT GENERATED ALWAYS AS (CONCAT_WS(' ', subject, channel)) VIRTUAL;
ALTER TABLE organizations ADD COLUMN settings JSON NULL;
UPDATE organizations SET settings = JSON_OBJECT('business_hours', '09:00-17:00') WHERE settings IS NULL;
ALTER TABLE organizations MODIFY settings JSON NOT NULL;
DROP VIEW IF EXISTS v_agent_load;
DROP TABLE macros;
