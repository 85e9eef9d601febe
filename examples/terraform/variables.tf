variable "flow_variables" {
  description = "Configuration values for the flow, read by its implementation."
  type        = map(string)
  default     = {}
}
