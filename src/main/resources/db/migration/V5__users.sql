-- People who can sign in when the server is public (the `user add` command writes them).
-- Only the password's hash is stored, with its encoder's id: {bcrypt}$2a$10$...
CREATE TABLE app_user (
    name          VARCHAR(100) NOT NULL PRIMARY KEY,
    password_hash VARCHAR(255) NOT NULL,
    role          VARCHAR(20)  NOT NULL CHECK (role IN ('reader', 'editor')),
    created_at    TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);
