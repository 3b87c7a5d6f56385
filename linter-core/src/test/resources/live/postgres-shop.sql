-- A small shop: the DDL the PostgreSQL introspection tests apply to a live database and replay from text.
CREATE SCHEMA billing;

CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');

CREATE TABLE customers (
  id serial PRIMARY KEY,
  email varchar(200) NOT NULL,
  name text,
  created_at timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT customers_email_key UNIQUE (email)
);

CREATE TABLE products (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  sku char(12) NOT NULL,
  price numeric(10,2) NOT NULL CONSTRAINT products_price_check CHECK (price > 0),
  tags text[],
  deleted_at timestamp
);

CREATE TABLE orders (
  id bigserial PRIMARY KEY,
  customer_id integer NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  status order_status NOT NULL DEFAULT 'new',
  total numeric(12,2) DEFAULT 0,
  placed_at timestamp(3) with time zone
);

CREATE TABLE order_lines (
  order_id bigint NOT NULL,
  line_no smallint NOT NULL,
  product_id bigint NOT NULL,
  quantity integer NOT NULL,
  PRIMARY KEY (order_id, line_no),
  CONSTRAINT order_lines_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE ON UPDATE RESTRICT
);

ALTER TABLE order_lines ADD CONSTRAINT order_lines_product_fk FOREIGN KEY (product_id) REFERENCES products (id) NOT VALID;
ALTER TABLE order_lines ADD CONSTRAINT order_lines_quantity_check CHECK (quantity > 0) NOT VALID;

CREATE INDEX orders_customer_id_idx ON orders (customer_id);
CREATE INDEX customers_lower_email_idx ON customers (lower(email));
CREATE INDEX products_live_sku_idx ON products (sku) WHERE deleted_at IS NULL;
CREATE INDEX orders_placed_at_idx ON orders (placed_at DESC);
CREATE INDEX products_tags_idx ON products USING gin (tags);

CREATE VIEW paid_orders AS SELECT id, customer_id, total FROM orders WHERE status = 'paid';

CREATE SEQUENCE invoice_numbers AS integer START 1000;

CREATE FUNCTION touch_placed_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.placed_at := now();
  RETURN NEW;
END
$$;

CREATE TRIGGER orders_touch BEFORE INSERT OR UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch_placed_at();

COMMENT ON TABLE customers IS 'People who buy';
COMMENT ON COLUMN customers.email IS 'Login and contact';

CREATE TABLE billing.invoices (
  id serial PRIMARY KEY,
  order_id bigint NOT NULL REFERENCES public.orders,
  number integer NOT NULL DEFAULT nextval('invoice_numbers')
);
