-- A referral to a service outside guichet may be emailed to the service's address (the
-- email itself goes through the outbox like every message); the address is kept on the
-- referral so that the file says where it went.
ALTER TABLE referrals ADD COLUMN emailed_to TEXT;
