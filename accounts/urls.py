from django.urls import path

from accounts import lockouts, password_reset, views

urlpatterns = [
    path("", views.AccountView.as_view(), name="account"),
    path("password/", views.PasswordChangeView.as_view(), name="account-password"),
    path("sign-out-everywhere/", views.SignOutEverywhereView.as_view(), name="account-sign-out-everywhere"),
    path("tokens/", views.TokenListView.as_view(), name="account-tokens"),
    path("tokens/<int:pk>/revoke/", views.TokenRevokeView.as_view(), name="account-token-revoke"),
    path("roles/", views.RoleAssignmentListView.as_view(), name="account-roles"),
    path("roles/add/", views.RoleAssignmentCreateView.as_view(), name="account-role-add"),
    path("roles/<int:pk>/", views.RoleAssignmentDetailView.as_view(), name="account-role"),
    path("roles/<int:pk>/delete/", views.RoleAssignmentDeleteView.as_view(), name="account-role-delete"),
    path("roles/<int:pk>/history/", views.RoleAssignmentHistoryView.as_view(), name="account-role-history"),
    path("users/add/", views.UserCreateView.as_view(), name="account-user-add"),
    path("lockouts/", lockouts.LockoutListView.as_view(), name="account-lockouts"),
    path("lockouts/<int:pk>/unlock/", lockouts.LockoutUnlockView.as_view(), name="account-lockout-unlock"),
    path("password-reset/", password_reset.PasswordResetView.as_view(), name="password_reset"),
    path("password-reset/sent/", password_reset.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path("password-reset/<uidb64>/<token>/", password_reset.PasswordResetConfirmView.as_view(),
         name="password_reset_confirm"),
]
