flow_variables = {
  request_channel   = "#sym-requests"
  emergency_channel = "#sym-emergencies"
}
