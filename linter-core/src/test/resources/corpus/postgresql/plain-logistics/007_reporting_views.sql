CREATE VIEW depot_load AS
SELECT d.code,
       d.name,
       count(s.id) FILTER (WHERE s.delivered_at IS NULL) AS open_shipments,
       coalesce(sum(s.weight_kg) FILTER (WHERE s.delivered_at IS NULL), 0) AS open_weight_kg
  FROM depots d
  LEFT JOIN shipments s ON s.origin_depot_id = d.id
 GROUP BY d.code, d.name;

CREATE MATERIALIZED VIEW driver_stats AS
SELECT dr.id AS driver_id,
       count(r.id) AS routes,
       sum(r.distance_km) AS distance_km
  FROM drivers dr
  LEFT JOIN routes r ON r.driver_id = dr.id AND r.state = 'done'
 GROUP BY dr.id
WITH DATA;

CREATE UNIQUE INDEX driver_stats_driver_idx ON driver_stats (driver_id);
REFRESH MATERIALIZED VIEW CONCURRENTLY driver_stats;
COMMENT ON MATERIALIZED VIEW driver_stats IS 'Refreshed nightly';
ALTER MATERIALIZED VIEW driver_stats SET (autovacuum_enabled = false);
ALTER VIEW depot_load OWNER TO reporting;
GRANT SELECT ON depot_load, driver_stats TO reporting;
