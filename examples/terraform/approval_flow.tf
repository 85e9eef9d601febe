resource "sym_flow" "approval" {
  name  = "approval"
  label = "Approval"

  implementation = file("${path.module}/impls/approval_impl.py")
  environment_id = sym_environment.this.id
  vars           = var.flow_variables

  params {
    prompt_field {
      name     = "reason"
      label    = "Why do you need access?"
      type     = "string"
      required = true
    }

    prompt_field {
      name           = "urgency"
      label          = "Urgency"
      type           = "string"
      required       = true
      allowed_values = ["Normal", "Emergency"]
    }
  }
}
