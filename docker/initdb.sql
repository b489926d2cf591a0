-- Runs once when the compose PostgreSQL volume is created: the warehouse database.
CREATE USER newsetl WITH PASSWORD 'newsetl';
CREATE DATABASE newsetl OWNER newsetl;
