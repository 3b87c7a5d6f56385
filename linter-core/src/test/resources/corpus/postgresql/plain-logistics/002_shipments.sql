BEGIN;

CREATE SEQUENCE shipment_number_seq AS integer START 1 MINVALUE 1;

CREATE TABLE shipments (
    id              bigserial PRIMARY KEY,
    number          integer NOT NULL DEFAULT nextval('shipment_number_seq'),
    origin_depot_id integer NOT NULL REFERENCES depots (id),
    dest_depot_id   integer NOT NULL REFERENCES depots (id),
    weight_kg       numeric(10, 2) NOT NULL,
    value           numeric(12, 2),
    statement       text,
    output          text,
    created_at      timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    delivered_at    timestamptz,
    CONSTRAINT shipments_different_depots CHECK (origin_depot_id <> dest_depot_id)
);

ALTER SEQUENCE shipment_number_seq OWNED BY shipments.number;

CREATE INDEX shipments_origin_idx ON shipments (origin_depot_id, created_at);
CREATE INDEX shipments_dest_idx ON shipments (dest_depot_id, created_at);
CREATE INDEX shipments_open_idx ON shipments (created_at) WHERE delivered_at IS NULL;

CREATE TABLE shipment_events (
    id           bigserial PRIMARY KEY,
    shipment_id  bigint NOT NULL REFERENCES shipments (id) ON DELETE CASCADE,
    type         text NOT NULL,
    position     point,
    note         text,
    recorded_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX shipment_events_shipment_idx ON shipment_events (shipment_id, recorded_at);

COMMENT ON TABLE shipments IS 'One consignment from pickup to delivery';
COMMENT ON COLUMN shipments.value IS 'Declared value for insurance, in EUR';
COMMENT ON COLUMN shipments.statement IS 'Customs statement, free text';
COMMENT ON SEQUENCE shipment_number_seq IS 'Human-facing shipment numbers';
COMMENT ON INDEX shipments_open_idx IS 'Dispatch board: shipments not yet delivered';
COMMENT ON CONSTRAINT shipments_different_depots ON shipments IS 'A shipment must move';

END;
