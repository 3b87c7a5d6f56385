CREATE TYPE route_state AS ENUM ('planned', 'running', 'done');

CREATE TABLE routes (
    id          serial PRIMARY KEY,
    vehicle_id  integer NOT NULL REFERENCES vehicles (id),
    driver_id   integer REFERENCES drivers (id),
    state       route_state NOT NULL DEFAULT 'planned',
    day         date NOT NULL,
    stops       integer NOT NULL DEFAULT 0,
    distance_km numeric(8, 1),
    UNIQUE (vehicle_id, day)
);

CREATE TABLE route_stops (
    route_id    integer NOT NULL REFERENCES routes (id) ON DELETE CASCADE,
    position    smallint NOT NULL,
    shipment_id bigint NOT NULL REFERENCES shipments (id),
    eta         timestamptz,
    PRIMARY KEY (route_id, position)
);

CREATE FUNCTION route_stop_count() RETURNS trigger
    LANGUAGE plpgsql
AS $body$
BEGIN
    UPDATE routes SET stops = (SELECT count(*) FROM route_stops WHERE route_id = COALESCE(NEW.route_id, OLD.route_id))
     WHERE id = COALESCE(NEW.route_id, OLD.route_id);
    RETURN NULL;
END
$body$;

CREATE TRIGGER route_stops_count AFTER INSERT OR DELETE ON route_stops
    FOR EACH ROW EXECUTE FUNCTION route_stop_count();

COMMENT ON FUNCTION route_stop_count() IS 'Keeps routes.stops in step with route_stops';
COMMENT ON TRIGGER route_stops_count ON route_stops IS 'See route_stop_count()';
COMMENT ON TYPE route_state IS 'Lifecycle of a route';
