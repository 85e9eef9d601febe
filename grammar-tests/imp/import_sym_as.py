import sym as s
