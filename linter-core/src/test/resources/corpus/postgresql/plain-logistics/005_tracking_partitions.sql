SET lock_timeout TO '2s';
SET statement_timeout = '5min';

CREATE TABLE gps_pings (
    vehicle_id  integer NOT NULL,
    at          timestamptz NOT NULL,
    position    point NOT NULL,
    speed_kmh   real,
    source      text NOT NULL DEFAULT 'tracker'
) PARTITION BY RANGE (at);

CREATE TABLE gps_pings_2025_q1 PARTITION OF gps_pings FOR VALUES FROM ('2025-01-01') TO ('2025-04-01');
CREATE TABLE gps_pings_2025_q2 PARTITION OF gps_pings FOR VALUES FROM ('2025-04-01') TO ('2025-07-01');
CREATE TABLE gps_pings_2025_q3 PARTITION OF gps_pings FOR VALUES FROM ('2025-07-01') TO ('2025-10-01');
CREATE TABLE gps_pings_2025_q4 PARTITION OF gps_pings FOR VALUES FROM ('2025-10-01') TO ('2026-01-01');

CREATE INDEX gps_pings_vehicle_at_idx ON ONLY gps_pings (vehicle_id, at);
CREATE INDEX gps_pings_2025_q1_vehicle_at_idx ON gps_pings_2025_q1 (vehicle_id, at);
ALTER INDEX gps_pings_vehicle_at_idx ATTACH PARTITION gps_pings_2025_q1_vehicle_at_idx;

CREATE TABLE gps_pings_archive (LIKE gps_pings INCLUDING ALL);
ALTER TABLE gps_pings DETACH PARTITION gps_pings_2025_q1 CONCURRENTLY;

RESET statement_timeout;
RESET lock_timeout;
