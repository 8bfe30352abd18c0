INSERT INTO fruit (id, name) SELECT g, 'fruit ' || g FROM generate_series(1, 10000) g;
ALTER SEQUENCE fruit_seq RESTART WITH 10051;
